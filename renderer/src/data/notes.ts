import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Note } from '../../../shared/cases/schemas';
import type { InputOf, OutputOf } from '../../../shared/contract';
import { haven } from '../api';
import { keys } from './keys';
import { unwrap, type HavenError } from './result';

type NoteType = Note['type'];

export function useNotes(caseId: number, type: NoteType | null) {
  return useQuery<Note[], HavenError>({
    queryKey: keys.notes(caseId, type),
    queryFn: () => unwrap(haven.notes.list(type ? { caseId, type } : { caseId })),
  });
}

export function useNoteHistory(noteId: number) {
  return useQuery<OutputOf<'notes.history'>, HavenError>({
    queryKey: keys.noteHistory(noteId),
    queryFn: () => unwrap(haven.notes.history({ noteId })),
    staleTime: 0,
  });
}

export function useNoteSearch(query: string) {
  return useQuery<OutputOf<'notes.search'>, HavenError>({
    queryKey: keys.noteSearch(query),
    queryFn: () => unwrap(haven.notes.search({ query, limit: 50 })),
    enabled: query.trim().length > 0,
    staleTime: 0,
  });
}

function useNoteMutation<I>(caseId: number, call: (input: I) => Promise<Note>) {
  const qc = useQueryClient();
  return useMutation<Note, HavenError, I>({
    mutationFn: call,
    onSuccess: (n) => {
      void qc.invalidateQueries({ queryKey: keys.notesOf(caseId) });
      void qc.invalidateQueries({ queryKey: keys.timeline(caseId) });
      void qc.invalidateQueries({ queryKey: keys.noteHistory(n.id) });
      void qc.invalidateQueries({ queryKey: ['noteSearch'] });
    },
  });
}

export const useCreateNote = (caseId: number) => useNoteMutation(caseId, (i: InputOf<'notes.create'>) => unwrap(haven.notes.create(i)));
export const useUpdateNote = (caseId: number) => useNoteMutation(caseId, (i: InputOf<'notes.update'>) => unwrap(haven.notes.update(i)));
export const useRedactNote = (caseId: number) => useNoteMutation(caseId, (i: InputOf<'notes.redact'>) => unwrap(haven.notes.redact(i)));
