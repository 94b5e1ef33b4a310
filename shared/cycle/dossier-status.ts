/** An action's status over time in a dossier: the first meeting's own (open, gedaan, vervallen), then the reviews'. */
export const dossierStatusValues = ['open', 'gedaan', 'vervallen', 'loopt', 'niet-gedaan', 'nog-niet-besproken'] as const;
export type DossierStatus = (typeof dossierStatusValues)[number];
