/** Same rule as shared/schemas passwordSchema, checked here first so the message is in the user's language. */
export const MIN_PASSWORD = 10;

/** Returns translation keys for the new-password and confirm fields, or nothing when both are fine. */
export function checkNewPassword(password: string, confirm: string): { password?: string; confirm?: string } {
  const out: { password?: string; confirm?: string } = {};
  if (password.length < MIN_PASSWORD) out.password = 'fieldErrors.password';
  else if (password !== confirm) out.confirm = 'fieldErrors.mismatch';
  return out;
}
