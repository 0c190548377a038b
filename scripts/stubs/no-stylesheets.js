// Stands in for linkedom's CSS parser (cssomnom, ~190 KB minified) in the
// bundles: it serves only <style>.sheet, which Sourcebook never reads — pages
// lose their <style> elements before they are parsed (src/core/article).
exports.parse = () => ({ cssRules: [] });
