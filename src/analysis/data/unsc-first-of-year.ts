/**
 * First Security Council resolution number of each year (hand-maintained; not generated).
 * 1946-2022: read off the project's table (checked by test/analysis/resolutions/unsc-table.test.ts).
 * 2024: S/RES/2722 (2024) of 2024-01-10 follows S/RES/2721 (2023) of 2023-12-29, per the UN Digital Library
 *   titles in corpus/un-resolutions/UN-resolutions-recent50.csv.
 * 2023 (S/RES/2672 of 9 January 2023, Syria cross-border aid) and 2025 (S/RES/2768 of 15 January 2025,
 *   Red Sea reporting): from the UN's published lists as remembered, not from a file here; verify when editing.
 * TODO [2026-12-31]: add the first number of 2026 (null until someone checks un.org/securitycouncil).
 */

/** [year, first resolution number of that year], in order; `null` = not yet recorded. */
export const UNSC_FIRST_OF_YEAR: ReadonlyArray<readonly [number, number | null]> = [
  [1946, 1], [1947, 16], [1948, 38], [1949, 67], [1950, 79], [1951, 90], [1952, 97], [1953, 99],
  [1954, 104], [1955, 106], [1956, 111], [1957, 122], [1958, 127], [1959, 132], [1960, 133], [1961, 161],
  [1962, 171], [1963, 178], [1964, 186], [1965, 200], [1966, 220], [1967, 233], [1968, 245], [1969, 263],
  [1970, 276], [1971, 292], [1972, 308], [1973, 325], [1974, 345], [1975, 367], [1976, 385], [1977, 403],
  [1978, 423], [1979, 444], [1980, 462], [1981, 485], [1982, 500], [1983, 529], [1984, 546], [1985, 560],
  [1986, 581], [1987, 594], [1988, 607], [1989, 627], [1990, 647], [1991, 684], [1992, 726], [1993, 800],
  [1994, 893], [1995, 970], [1996, 1036], [1997, 1093], [1998, 1147], [1999, 1220], [2000, 1285], [2001, 1335],
  [2002, 1387], [2003, 1455], [2004, 1522], [2005, 1581], [2006, 1652], [2007, 1739], [2008, 1795], [2009, 1860],
  [2010, 1908], [2011, 1967], [2012, 2033], [2013, 2086], [2014, 2133], [2015, 2196], [2016, 2260], [2017, 2337],
  [2018, 2398], [2019, 2452], [2020, 2504], [2021, 2561], [2022, 2618], [2023, 2672], [2024, 2722], [2025, 2768],
  [2026, null],
];

/**
 * Highest number known to belong to the last year with a recorded first number (2025):
 * S/RES/2803 (2025) of 17 November 2025 (Gaza). Numbers above it get no year until 2026 is recorded.
 */
export const UNSC_LAST_DATED: readonly [number, number] = [2803, 2025];
