import { z } from 'zod';

export const teamBody = z.object({ organisationId: z.string().uuid(), name: z.string().trim().min(2).max(120) }).strict();
export const teamMembersBody = z.object({ userIds: z.array(z.string().uuid()).max(500) }).strict();
export const teamView = z.object({
  id: z.string().uuid(),
  name: z.string(),
  organisationId: z.string().uuid(),
  memberIds: z.array(z.string().uuid()),
});
export type TeamView = z.infer<typeof teamView>;
