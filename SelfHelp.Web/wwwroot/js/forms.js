// Shows and hides form fields by their conditions as the visitor answers (progressive enhancement: without this
// script every field shows, and the server applies the same conditions when the form is posted).
(() => {
  const matches = (rule, values) => {
    const joined = values.join(", ");
    const v = rule.value ?? "";
    const lower = s => s.toLowerCase();
    switch (rule.operator) {
      case "Is": return values.some(x => x === v || (["on", "true"].includes(lower(x)) && ["on", "true"].includes(lower(v))));
      case "IsNot": return !values.some(x => x === v);
      case "Contains": return values.some(x => x.includes(v));
      case "ContainsIgnoreCase": return values.some(x => lower(x).includes(lower(v)));
      case "NotContains": return !values.some(x => x.includes(v));
      case "StartsWith": return joined.startsWith(v);
      case "EndsWith": return joined.endsWith(v);
      case "GreaterThen": return parseFloat(joined) > parseFloat(v);
      case "LessThen": return parseFloat(joined) < parseFloat(v);
      default: return true;
    }
  };
  const valuesOf = (form, alias) => [...form.querySelectorAll(`[name="${alias}"]`)]
    .filter(i => !["checkbox", "radio"].includes(i.type) || i.checked).map(i => i.value).filter(v => v !== "");
  const apply = form => form.querySelectorAll("[data-condition]").forEach(el => {
    const c = JSON.parse(el.dataset.condition);
    const test = r => matches(r, valuesOf(form, r.field));
    const hit = c.logicType === "Any" ? c.rules.some(test) : c.rules.every(test);
    el.hidden = c.actionType === "Show" ? !hit : hit;
  });
  document.querySelectorAll(".selfhelp-form form").forEach(form => {
    form.addEventListener("change", () => apply(form));
    apply(form);
  });
})();
