/**
 * gradkit: automatic differentiation for teaching. The one public door: exercises, tests, the CLI and
 * the README import from here.
 */
// First: connects Expression's methods to the node classes (see internals/nodes.ts).
import "./internals/nodes.js";

export { Expression, type Build, type Env, type Operand } from "./expression/Expression.js";
export { Constant } from "./expression/Constant.js";
export { Variable } from "./expression/Variable.js";
export { UnaryFunction } from "./expression/UnaryFunction.js";
export { BinaryOperator } from "./expression/BinaryOperator.js";
export { Addition } from "./expression/operators/Addition.js";
export { Subtraction } from "./expression/operators/Subtraction.js";
export { Multiplication } from "./expression/operators/Multiplication.js";
export { Division } from "./expression/operators/Division.js";
export { Power } from "./expression/operators/Power.js";
export { Negation } from "./expression/operators/Negation.js";
export { NaturalLog } from "./expression/functions/NaturalLog.js";
export { Exponential } from "./expression/functions/Exponential.js";
export { Sine } from "./expression/functions/Sine.js";
export { Cosine } from "./expression/functions/Cosine.js";
export { Tangent } from "./expression/functions/Tangent.js";
export { HyperbolicTangent } from "./expression/functions/HyperbolicTangent.js";
export { Sigmoid } from "./expression/functions/Sigmoid.js";
export { Relu } from "./expression/functions/Relu.js";
export { LeakyRelu, DEFAULT_LEAKY_SLOPE } from "./expression/functions/LeakyRelu.js";
export { Linear } from "./expression/functions/Linear.js";
export { SquareRoot } from "./expression/functions/SquareRoot.js";
export { AbsoluteValue } from "./expression/functions/AbsoluteValue.js";
export { Sign } from "./expression/functions/Sign.js";
export { Step } from "./expression/functions/Step.js";
export { Secant } from "./expression/functions/Secant.js";
export { Cosecant } from "./expression/functions/Cosecant.js";
export { Cotangent } from "./expression/functions/Cotangent.js";
export { ArcSine } from "./expression/functions/ArcSine.js";
export { ArcCosine } from "./expression/functions/ArcCosine.js";
export { ArcTangent } from "./expression/functions/ArcTangent.js";
export { ArcCotangent } from "./expression/functions/ArcCotangent.js";
export { ArcSecant } from "./expression/functions/ArcSecant.js";
export { ArcCosecant } from "./expression/functions/ArcCosecant.js";
export { HyperbolicSine } from "./expression/functions/HyperbolicSine.js";
export { HyperbolicCosine } from "./expression/functions/HyperbolicCosine.js";
export { HyperbolicCotangent } from "./expression/functions/HyperbolicCotangent.js";
export { HyperbolicSecant } from "./expression/functions/HyperbolicSecant.js";
export { HyperbolicCosecant } from "./expression/functions/HyperbolicCosecant.js";
export { InverseHyperbolicSine } from "./expression/functions/InverseHyperbolicSine.js";
export { InverseHyperbolicCosine } from "./expression/functions/InverseHyperbolicCosine.js";
export { InverseHyperbolicTangent } from "./expression/functions/InverseHyperbolicTangent.js";
export { InverseHyperbolicCotangent } from "./expression/functions/InverseHyperbolicCotangent.js";
export { Log10 } from "./expression/functions/Log10.js";
export { Log2 } from "./expression/functions/Log2.js";
export { CubeRoot } from "./expression/functions/CubeRoot.js";
export { NthRoot, DEFAULT_ROOT } from "./expression/functions/NthRoot.js";
export { ErrorFunction } from "./expression/functions/ErrorFunction.js";
export { Softplus } from "./expression/functions/Softplus.js";
export { Swish } from "./expression/functions/Swish.js";
export { Gelu } from "./expression/functions/Gelu.js";
export { Elu, DEFAULT_ELU_ALPHA } from "./expression/functions/Elu.js";
export { Softsign } from "./expression/functions/Softsign.js";
export {
  expression,
  variable,
  constant,
  exp,
  log,
  sin,
  cos,
  tan,
  tanh,
  sigmoid,
  relu,
  leakyRelu,
  linear,
  sqrt,
  abs,
  sec,
  csc,
  cot,
  asin,
  acos,
  atan,
  acot,
  asec,
  acsc,
  sinh,
  cosh,
  coth,
  sech,
  csch,
  asinh,
  acosh,
  atanh,
  acoth,
  log10,
  log2,
  cbrt,
  nthRoot,
  erf,
  softplus,
  swish,
  gelu,
  elu,
  softsign,
} from "./expression/factories.js";
export { simplify } from "./simplify/simplify.js";
export { toText } from "./printing/toText.js";
export { toLatex } from "./printing/toLatex.js";
export { compile } from "./compile/compile.js";
export type { CompileOptions, CompiledExpression } from "./compile/CompiledExpression.js";
export { compileSum, type SumKernel, type SumKernelOptions } from "./compile/compileSum.js";
export { CompileError } from "./compile/CompileError.js";
export { GradkitError } from "./errors/GradkitError.js";
export { ParseError } from "./errors/ParseError.js";
export { MissingVariableError } from "./errors/MissingVariableError.js";
export { UnsupportedNodeError } from "./errors/UnsupportedNodeError.js";
export { explain, type Explanation, type ExplainStep } from "./explain/explain.js";

// ---- models, losses, metrics and data (issue 4) ----
export { LinearRegression, type RegressionLoss } from "./models/LinearRegression.js";
export { LogisticRegression, type ClassificationLoss } from "./models/LogisticRegression.js";
export { LinearModel } from "./models/LinearModel.js";
export type { FitOptions } from "./models/FitOptions.js";
export { TrainingDivergedError } from "./models/TrainingDivergedError.js";
export { mseLoss, squaredError } from "./losses/mseLoss.js";
export { maeLoss, absoluteError, meanAbsoluteError } from "./losses/maeLoss.js";
export { smoothL1Loss, smoothL1Error, smoothL1 } from "./losses/smoothL1Loss.js";
export { binaryCrossEntropyLoss, logisticLoss, binaryCrossEntropy } from "./losses/binaryCrossEntropyLoss.js";
export {
  softmaxCrossEntropyLoss,
  softmaxCrossEntropyError,
  softmaxCrossEntropy,
  softmax,
} from "./losses/softmaxCrossEntropyLoss.js";
export { meanSquaredError } from "./metrics/meanSquaredError.js";
export { r2Score } from "./metrics/r2Score.js";
export { accuracy } from "./metrics/accuracy.js";
export { DataFrame } from "./data/DataFrame.js";
export { DataError, type DataLocation } from "./data/DataError.js";
export { readCsv, parseCsv, type ReadCsvOptions } from "./data/readCsv.js";
export type { Matrix } from "./data/Matrix.js";
export { StandardScaler } from "./data/StandardScaler.js";
export { trainTestSplit, type TrainTestSplit, type TrainTestSplitOptions } from "./data/trainTestSplit.js";
export {
  loadDataset,
  datasetFromCsv,
  DATASET_NAMES,
  type DatasetName,
  type Dataset,
  type SplitDataset,
  type DatasetSplits,
} from "./data/loadDataset.js";
export { mulberry32 } from "./data/mulberry32.js";
export { shuffleInPlace } from "./data/shuffleInPlace.js";
export { parse } from "./parse/parse.js";
export { SUPPORTED_FUNCTIONS, FUNCTION_ALIASES } from "./parse/supportedFunctions.js";
export { MAX_NESTING } from "./parse/guardFormula.js";

// ---- PyTorch / TensorFlow workflows: parameters, backward, tapes, optimizers, modules, models (issue 11) ----
export { Parameter, parameter, type ParameterOptions } from "./nn/Parameter.js";
export { backward } from "./nn/backward.js";
export { item } from "./nn/item.js";
export { detach } from "./nn/detach.js";
export { noGrad, isGradEnabled } from "./nn/gradMode.js";
export { GradientError } from "./nn/GradientError.js";
export { GradientTape, type GradientTapeOptions, type Sources } from "./nn/GradientTape.js";
export { LinearLayer, type LinearLayerOptions } from "./nn/LinearLayer.js";
export { MLP, type MLPOptions } from "./nn/MLP.js";
export { ACTIVATIONS, type Activation } from "./nn/activations.js";
export { softmaxCrossEntropyOneHot } from "./losses/softmaxCrossEntropyLoss.js";
export { Optimizer } from "./optim/Optimizer.js";
export { SGD } from "./optim/SGD.js";
export { Adam, AdamW } from "./optim/Adam.js";
export { sgdRule, type SGDOptions } from "./optim/sgdRule.js";
export { adamRule, type AdamOptions } from "./optim/adamRule.js";
export type { UpdateRule } from "./optim/UpdateRule.js";
export { SoftmaxRegression, type SoftmaxRegressionOptions } from "./models/SoftmaxRegression.js";
export { MLPClassifier } from "./models/MLPClassifier.js";
export { MLPRegressor } from "./models/MLPRegressor.js";
export { DenseModel, type NetworkOptions } from "./models/DenseModel.js";
export type { OptimizerName } from "./models/FitOptions.js";

// ---- symbolic output (issue 10) ----
export { derivationSteps, MAX_STEP_NODES } from "./steps/derivationSteps.js";
export type { DerivationStep } from "./steps/DerivationStep.js";
export {
  toSharedText,
  sharedTextLines,
  DEFAULT_PRINT_BUDGET,
  type PrintBudget,
  type SharedText,
} from "./printing/toSharedText.js";
export { PrintBudgetError } from "./printing/PrintBudgetError.js";
export { numericDerivative, adaptiveDerivative } from "./numerics/numericDerivative.js";
export { ridders, type RiddersEstimate, type DifferenceSide } from "./numerics/ridders.js";
