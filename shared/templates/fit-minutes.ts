/**
 * Timeboxes that fill a meeting's length: the chair's one click "Tijden
 * passend maken", and a template's items in a meeting that is shorter or
 * longer than the template. Proportional, in steps of five minutes where the
 * meeting has room for that (people plan in fives), and the sum is exactly
 * the length asked for. An item of 0 minutes stays 0; an item without
 * minutes (null) is left alone and not counted.
 */

const STEP = 5;

export function fitMinutes(minutes: readonly (number | null)[], target: number): (number | null)[] {
  const counted = minutes.flatMap((value, index) => (value !== null && value > 0 ? [index] : []));
  const total = counted.reduce((sum, index) => sum + (minutes[index] ?? 0), 0);
  if (total === 0 || target <= 0 || !Number.isInteger(target)) return [...minutes];

  const step = target >= STEP * counted.length ? STEP : 1;
  const units = Math.floor(target / step);
  // With fewer units than items, some items must get none; otherwise each keeps at least one step.
  const floor = units >= counted.length ? 1 : 0;
  const ideal = new Map(counted.map((index) => [index, ((minutes[index] ?? 0) / total) * units]));
  const given = new Map(counted.map((index) => [index, Math.max(floor, Math.floor(ideal.get(index) ?? 0))]));
  const sum = () => [...given.values()].reduce((a, b) => a + b, 0);

  // Largest remainder: the items furthest from their share move first; ties go to the earlier item.
  const byNeed = (sign: 1 | -1) =>
    [...counted].sort((a, b) => sign * (((ideal.get(b) ?? 0) - (given.get(b) ?? 0)) - ((ideal.get(a) ?? 0) - (given.get(a) ?? 0))) || a - b);
  while (sum() < units) {
    const next = byNeed(1)[0];
    if (next === undefined) break;
    given.set(next, (given.get(next) ?? 0) + 1);
  }
  while (sum() > units) {
    const next = byNeed(-1).find((index) => (given.get(index) ?? 0) > floor);
    if (next === undefined) break;
    given.set(next, (given.get(next) ?? 0) - 1);
  }

  const result: (number | null)[] = minutes.map((value, index) => (given.has(index) ? (given.get(index) ?? 0) * step : value));
  // What does not divide into steps goes to the longest item.
  const rest = target - units * step;
  if (rest > 0) {
    const longest = counted.reduce((best, index) => ((result[index] ?? 0) > (result[best] ?? 0) ? index : best), counted[0] ?? 0);
    result[longest] = (result[longest] ?? 0) + rest;
  }
  return result;
}
