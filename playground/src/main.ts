import "katex/dist/katex.min.css";
import "./style.css";
import { formulaView } from "./formulaView.js";
import { preloadGraphviz } from "./graphView.js";
import { trainingView } from "./training/trainingView.js";

preloadGraphviz();
formulaView();
trainingView();
