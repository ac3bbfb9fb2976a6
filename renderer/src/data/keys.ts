/** Query keys in one place so invalidations match the queries they target. */
export const keys = {
  vaultStatus: ['vault', 'status'] as const,
  settings: ['settings'] as const,
  staff: ['staff', 'list'] as const,
  /** Every page of every filtered list: invalidate this after any change that shows in the list. */
  caseLists: ['caseList'] as const,
  caseList: (params: object) => ['caseList', params] as const,
  assignableStaff: ['assignableStaff'] as const,
  /** Everything of one case (file, notes, screenings, documents, timeline) shares this prefix. */
  case: (id: number) => ['case', id] as const,
  caseFile: (id: number) => ['case', id, 'file'] as const,
  notes: (id: number, type: string | null) => ['case', id, 'notes', type ?? 'all'] as const,
  notesOf: (id: number) => ['case', id, 'notes'] as const,
  noteHistory: (noteId: number) => ['noteHistory', noteId] as const,
  noteSearch: (query: string) => ['noteSearch', query] as const,
  screenings: (id: number) => ['case', id, 'screenings'] as const,
  documents: (id: number) => ['case', id, 'documents'] as const,
  timeline: (id: number) => ['case', id, 'timeline'] as const,
  retention: ['retention', 'preview'] as const,
  backups: ['backups', 'list'] as const,
  backupProgress: ['backups', 'progress'] as const,
};
