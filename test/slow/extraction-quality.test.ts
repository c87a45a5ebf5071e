import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalExtract, zyteDir } from '../../scripts/eval-extract';

// The port must reproduce the published figure for Readability.js 0.6.0 on the dev half.
const dir = zyteDir();
const hasData = existsSync(`${dir}/ground-truth.json`);
describe.skipIf(!hasData)(
  `Readability on the Zyte dev half (${hasData ? dir : 'skipped: no ../shared data; set PRECIS_SHARED'})`,
  () => {
    it('scores F1 0.942, P 0.907, R 0.981 with the port, and Precis meets issue #4', { timeout: 600_000 }, () => {
      const result = evalExtract(dir);
      expect(result.readability.f1).toBeCloseTo(0.942, 2);
      expect(Math.abs(result.readability.f1 - 0.942)).toBeLessThan(0.003);
      expect(Math.abs(result.readability.precision - 0.907)).toBeLessThan(0.003);
      expect(Math.abs(result.readability.recall - 0.981)).toBeLessThan(0.003);
      expect(result.precis.f1).toBeGreaterThanOrEqual(0.968);
      expect(result.precis.precision).toBeGreaterThanOrEqual(0.95);
      expect(result.precis.recall).toBeGreaterThanOrEqual(0.975);
    });
  },
);
