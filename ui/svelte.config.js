export default {
  compilerOptions: {
    // Styles go to the built CSS file; the CSP forbids inline styles.
    css: 'external',
  },
};
