import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";

// The preset's block that registers its plugins (prettier, @typescript-eslint, office-addins) only matches
// js/ts files; reuse it for .tsx so the rules below find their plugins there too.
const presetPluginsBlock = officeAddins.configs.recommended.find((block) => block.plugins?.prettier);

export default [
  { ignores: ["node_modules/", "dist/", "coverage/"] },
  // The plugin's React preset brings ESLint's, Prettier's and @typescript-eslint's recommended parts.
  ...officeAddins.configs.react,
  { ...presetPluginsBlock, files: ["**/*.tsx"] },
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser, ...globals.node, Office: "readonly" },
    },
    rules: {
      "react/react-in-jsx-scope": "off",
      "no-undef": "off",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "prettier/prettier": ["error", { endOfLine: "lf" }],
    },
  },
];
