/** The front-door settings lists drawn by AdminListPage; their texts are `app.adminPeople.<section>.*`. */
export const ADMIN_LIST_SECTIONS = ['accessPoints', 'projects', 'notices'] as const;
export type AdminListSection = (typeof ADMIN_LIST_SECTIONS)[number];
