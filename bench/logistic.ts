/**
 * A small logistic regression, fitted by plain full-batch gradient descent with an L2
 * penalty, for the speaker-candidate experiment (`bench/speaker_ranker.ts`). Weights start
 * from a seeded random draw in [-init, init] (0 by default), so a fit is the same every run.
 *
 * @module
 */
import { seededRandom } from "../src/charts/network_layout.ts";

/** Options of {@linkcode fitLogistic}. */
export interface LogisticOptions {
  /** Step size of each gradient step (0.1 by default). */
  rate?: number;
  /** Number of full-batch steps (500 by default). */
  epochs?: number;
  /** L2 penalty on the weights, not the bias: the loss adds `l2 / 2 * |w|²` (0 by default). */
  l2?: number;
  /** Seed of the initial weights (1 by default). */
  seed?: number;
  /** Half-width of the initial weights' range (0 by default: all weights start at 0). */
  init?: number;
}

/** A fitted model: one weight per feature and a bias. */
export interface LogisticModel {
  /** Weights, one per feature. */
  weights: number[];
  /** Intercept. */
  bias: number;
}

const sigmoid = (z: number) => z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));

/**
 * The probability a model gives to a row of features: σ(bias + w·x).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { predictLogistic } from "./logistic.ts";
 * assert.equal(predictLogistic({ weights: [1, -1], bias: 0 }, [2, 2]), 0.5);
 * ```
 */
export function predictLogistic(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < x.length; j++) z += model.weights[j] * x[j];
  return sigmoid(z);
}

/**
 * Fits a logistic regression to rows `xs` with labels `ys` (0 or 1), minimising the mean
 * log loss plus `l2 / 2 * |w|²` by `epochs` full-batch gradient steps of size `rate`:
 * w ← w − rate · (Σᵢ (pᵢ − yᵢ) xᵢ / n + l2 · w), bias ← bias − rate · Σᵢ (pᵢ − yᵢ) / n.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitLogistic } from "./logistic.ts";
 * // One step from zero: every p is 0.5, the gradient of w is (0.5 - 1) * 1 / 2 + (0.5 - 0) * 0 / 2 = -0.25.
 * const model = fitLogistic([[1], [0]], [1, 0], { rate: 1, epochs: 1 });
 * assert.equal(model.weights[0], 0.25);
 * assert.equal(model.bias, 0);
 * ```
 */
export function fitLogistic(
  xs: readonly (readonly number[])[],
  ys: readonly number[],
  options: LogisticOptions = {},
): LogisticModel {
  if (xs.length !== ys.length) {
    throw new Error(`Cannot fit a logistic regression: ${xs.length} rows but ${ys.length} labels`);
  }
  const { rate = 0.1, epochs = 500, l2 = 0, seed = 1, init = 0 } = options;
  const d = xs[0]?.length ?? 0;
  const random = seededRandom(seed);
  const weights = Array.from({ length: d }, () => init ? (2 * random() - 1) * init : 0);
  let bias = 0;
  const n = xs.length;
  for (let e = 0; e < epochs && n; e++) {
    const grad = new Array<number>(d).fill(0);
    let gradBias = 0;
    for (let i = 0; i < n; i++) {
      const err = predictLogistic({ weights, bias }, xs[i]) - ys[i];
      for (let j = 0; j < d; j++) grad[j] += err * xs[i][j];
      gradBias += err;
    }
    for (let j = 0; j < d; j++) weights[j] -= rate * (grad[j] / n + l2 * weights[j]);
    bias -= rate * gradBias / n;
  }
  return { weights, bias };
}

/**
 * Fits a conditional logit (a logistic regression over a choice): each group is the
 * candidates of one choice, with labels 1 for the right ones; the model's probability of a
 * candidate is the softmax of w·x within its group, and the loss the mean over groups of
 * −Σ t log p, where t spreads 1 evenly over the group's right candidates, plus `l2 / 2 * |w|²`.
 * Groups with no right candidate or a single candidate teach nothing and are skipped.
 * Gradient step: w ← w − rate · (Σ_g Σ_c (p_c − t_c) x_c / G + l2 · w). No bias: it cancels
 * within a group. The model is returned with bias 0, so {@linkcode predictLogistic} ranks
 * the candidates of a group in the same order as the softmax.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitConditionalLogit } from "./logistic.ts";
 * // One group of two, the first right: p = (0.5, 0.5), gradient (0.5 - 1)·1 + (0.5 - 0)·0 = -0.5.
 * const model = fitConditionalLogit([{ xs: [[1], [0]], ys: [1, 0] }], { rate: 1, epochs: 1 });
 * assert.deepEqual(model, { weights: [0.5], bias: 0 });
 * ```
 */
export function fitConditionalLogit(
  groups: readonly { xs: readonly (readonly number[])[]; ys: readonly number[] }[],
  options: LogisticOptions = {},
): LogisticModel {
  const { rate = 0.1, epochs = 500, l2 = 0, seed = 1, init = 0 } = options;
  const useful = groups.filter((g) => g.xs.length > 1 && g.ys.some((y) => y));
  const d = groups.find((g) => g.xs.length)?.xs[0].length ?? 0;
  const random = seededRandom(seed);
  const weights = Array.from({ length: d }, () => init ? (2 * random() - 1) * init : 0);
  for (let e = 0; e < epochs && useful.length; e++) {
    const grad = new Array<number>(d).fill(0);
    for (const g of useful) {
      const z = g.xs.map((x) => x.reduce((s, v, j) => s + v * weights[j], 0));
      const top = Math.max(...z);
      const exp = z.map((v) => Math.exp(v - top));
      const sum = exp.reduce((s, v) => s + v, 0);
      const right = g.ys.reduce((s, y) => s + (y ? 1 : 0), 0);
      g.xs.forEach((x, c) => {
        const err = exp[c] / sum - (g.ys[c] ? 1 / right : 0);
        for (let j = 0; j < d; j++) grad[j] += err * x[j];
      });
    }
    for (let j = 0; j < d; j++) weights[j] -= rate * (grad[j] / useful.length + l2 * weights[j]);
  }
  return { weights, bias: 0 };
}
