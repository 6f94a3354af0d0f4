import { z } from 'zod';

/** Schemas of the bundled data files; every file is validated at load, and errors name file and field. */

export const localized = z.object({ en: z.string().min(1), ja: z.string().min(1) }).strict();
const platform = z.enum(['linux', 'win32', 'darwin']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const port = z.number().int().min(0).max(65535);

export const manifestSchema = z
  .object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version as MAJOR.MINOR.PATCH'),
    date: isoDate,
    files: z.record(
      z.string(),
      z
        .object({
          sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex sha256'),
          source: z.string().min(1),
          licence: z.string().min(1),
          retrieved: isoDate.optional(),
        })
        .strict(),
    ),
  })
  .strict();

export const portsSchema = z
  .object({
    suspiciousRemotePorts: z.array(
      z
        .object({
          label: z.string().min(1),
          from: port,
          to: port,
          reason: localized,
          /** Programs that legitimately use these ports (lower-case names, without .exe). */
          expectedPrograms: z.array(z.string()),
        })
        .strict(),
    ),
    fanOut: z
      .object({
        ports: z.array(z.object({ port, label: z.string(), reason: localized }).strict()),
        /** Distinct remote peers on one of these ports from one process that count as spam or scanning. */
        threshold: z.number().int().min(2),
      })
      .strict(),
    exposedServices: z.array(
      z
        .object({
          service: z.string().min(1),
          ports: z.array(port).min(1),
          status: z.enum(['warn', 'fail']),
          reason: localized,
        })
        .strict(),
    ),
  })
  .strict();

export const processesSchema = z
  .object({
    suspiciousLocations: z.record(platform, z.array(z.string().min(1))),
    /** Exceptions inside suspicious locations (e.g. AppImage mounts under /tmp/.mount_). */
    allowedLocations: z.record(platform, z.array(z.string().min(1))),
    /** Names that belong to the OS, with where the real one lives; the same name elsewhere imitates it. */
    systemNames: z.array(
      z
        .object({
          name: z.string().min(1),
          platform,
          /** Match names that start with `name` (kernel threads are `kworker/0:1`, `ksoftirqd/0`). */
          prefix: z.boolean(),
          /** Directories the real program runs from; empty = a kernel thread, which has no executable at all. */
          expectedDirs: z.array(z.string().min(1)),
        })
        .strict(),
    ),
  })
  .strict();

export const p2pSchema = z
  .object({
    programs: z.array(
      z
        .object({
          name: z.string().min(1),
          executables: z.array(z.string().min(1)).min(1),
          reason: localized,
        })
        .strict(),
    ),
  })
  .strict();

export const osSupportSchema = z
  .object({
    releases: z.array(
      z
        .object({
          os: z.string().min(1),
          version: z.string().min(1),
          name: z.string().min(1),
          /** End of free security updates. */
          endOfSupport: isoDate.nullable(),
          /** Paid or opt-in extended support end, if any (Ubuntu Pro, Windows ESU). */
          extendedEnd: isoDate.nullable(),
          source: z.string().min(1),
        })
        .strict(),
    ),
  })
  .strict();

export const browserSupportSchema = z
  .object({
    browsers: z.array(
      z
        .object({
          browser: z.enum(['firefox', 'chrome', 'chromium', 'edge', 'safari', 'ie']),
          /** Lowest major version that still gets security fixes as of `asOf`; null = not supported at all. */
          minimumMajor: z.number().int().nullable(),
          /** Older branches that still get fixes (e.g. Firefox ESR majors). */
          supportedBranches: z.array(z.number().int()),
          asOf: isoDate,
          source: z.string().min(1),
        })
        .strict(),
    ),
  })
  .strict();

const httpsUrl = z
  .string()
  .url()
  .refine((u) => new URL(u).protocol === 'https:', 'an https:// URL');

/**
 * Where a person is sent for cleanup: official removal and scan tools and help desks. The app opens
 * no URL that is not on this list (shell.openExternal is limited to its hosts).
 */
export const remediationSchema = z
  .object({
    entries: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          kind: z.enum(['removal-tool', 'scanner', 'help-desk', 'discontinued']),
          name: localized,
          description: localized,
          platforms: z.array(platform).min(1),
          /** Country the service is for ('JP'), or null for everywhere. */
          region: z.string().length(2).nullable(),
          url: httpsUrl.nullable(),
          phone: z.string().nullable(),
          hours: localized.nullable(),
          /** Where the facts of this entry were checked, and whether the URL itself was confirmed there. */
          source: z.string().min(1),
          urlVerified: z.boolean(),
        })
        .strict(),
    ),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;
export type RemediationData = z.infer<typeof remediationSchema>;
export type PortsData = z.infer<typeof portsSchema>;
export type ProcessesData = z.infer<typeof processesSchema>;
export type P2pData = z.infer<typeof p2pSchema>;
export type OsSupportData = z.infer<typeof osSupportSchema>;
export type BrowserSupportData = z.infer<typeof browserSupportSchema>;
