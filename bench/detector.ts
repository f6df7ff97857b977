/**
 * `npm run bench:detector`: where the detector's weights come from, and how well they hold on sites they were not
 * fitted on. Reads the detector's evidence on every WCXB development page (../shared/corpora/wcxb-dev), fits the
 * logistic model again on the pages that have a body, and prints the refitted weights beside the shipped ones, the
 * shipped detector's precision and recall, and the refitted model's precision and recall cross-validated by site
 * (ten folds, every page of a site in the same fold, so a site's template never helps judge that site).
 */
import { join } from 'node:path';
import { BIAS, modelInputs, WEIGHTS } from '../src/core/detect-article.ts';
import type { Evidence } from '../src/core/types.ts';
import { fitLogistic, scoreOf } from './logistic.ts';
import type { DetectionRow } from './measure-detection.ts';
import { measureInWorkers, wcxbIds } from './wcxb.ts';

/** The regularisation of the shipped fit (scikit-learn's C). */
const C = 0.3;
/** How far the shipped intercept sits above the fitted one (see BIAS in core/detect-article.ts). */
const BIAS_SHIFT = 0.75;
const FOLDS = 10;

const { rows, crashed } = await measureInWorkers<DetectionRow>(join(import.meta.dirname, 'measure-detection.ts'), wcxbIds());
if (crashed.length) console.log(`pages that ran out of memory or time under jsdom (left out): ${crashed.join(', ')}`);

const keys = Object.keys(WEIGHTS) as (keyof Evidence)[];
const vector = (evidence: Evidence) => keys.map((key) => modelInputs(evidence)[key]);
const isStory = (row: DetectionRow) => row.type === 'article';
const f = (value: number) => value.toFixed(3);
const articles = rows.filter(isStory).length;
const report = (label: string, said: (row: DetectionRow) => boolean) => {
  const tp = rows.filter((row) => isStory(row) && said(row)).length;
  const fp = rows.filter((row) => !isStory(row) && said(row)).length;
  console.log(`${label.padEnd(58)}precision ${f(tp / Math.max(1, tp + fp))}, recall ${f(tp / articles)} (${fp} other pages said "article")`);
};

const withBody = rows.filter((row) => row.evidence);
console.log(`WCXB dev: ${rows.length} pages, ${withBody.length} with a body (${withBody.filter(isStory).length} of the ${articles} articles)\n`);
const model = fitLogistic(withBody.map((row) => vector(row.evidence!)), withBody.map(isStory), C);
console.log('weight'.padEnd(20) + 'shipped'.padStart(10) + 'refitted'.padStart(10));
keys.forEach((key, j) => console.log(key.padEnd(20) + WEIGHTS[key].toFixed(2).padStart(10) + model.weights[j]!.toFixed(2).padStart(10)));
console.log('intercept'.padEnd(20) + BIAS.toFixed(2).padStart(10) + `${(model.bias + BIAS_SHIFT).toFixed(2)} (${model.bias.toFixed(2)} + ${BIAS_SHIFT})`.padStart(22));

// Cross-validation by site: each fold's model is fitted without the fold's sites, then judges them.
const hosts = [...new Set(withBody.map((row) => row.host))].sort();
const foldOf = new Map(hosts.map((host, i) => [host, i % FOLDS]));
const heldOut = new Map<DetectionRow, number>();
for (let fold = 0; fold < FOLDS; fold += 1) {
  const train = withBody.filter((row) => foldOf.get(row.host) !== fold);
  const foldModel = fitLogistic(train.map((row) => vector(row.evidence!)), train.map(isStory), C);
  for (const row of withBody.filter((r) => foldOf.get(r.host) === fold)) heldOut.set(row, scoreOf(foldModel, vector(row.evidence!)));
}
console.log('');
report('shipped detector (all pages, in sample)', (row) => row.isArticle);
for (const shift of [0, 0.5, BIAS_SHIFT, 1, 1.5]) {
  report(`cross-validated by site, intercept + ${shift}`, (row) => (heldOut.get(row) ?? -Infinity) + shift >= 0);
}
report('the length gates alone (a body is an article)', (row) => !!row.evidence);
