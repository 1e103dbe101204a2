// Search-as-you-type for the search page: a list of matching pages under the box, from /api/search/suggest.
// Only an aid: the form is a plain GET and works the same without this script.
(() => {
    const input = document.getElementById("search-q");
    const region = document.getElementById("search-suggestions");
    if (!input || !region || !window.fetch) return;
    let timer = 0;
    let controller = null;

    const clear = () => region.replaceChildren();

    const show = (query, items) => {
        clear();
        if (items.length === 0 || input.value.trim() !== query) return;
        const count = document.createElement("p");
        count.className = "visually-hidden";
        count.textContent = input.dataset.countTemplate.replace("{0}", items.length);
        const list = document.createElement("ul");
        list.setAttribute("aria-label", input.dataset.suggestionsLabel);
        for (const item of items) {
            const link = document.createElement("a");
            link.href = item.url;
            link.textContent = item.title;
            const li = document.createElement("li");
            li.append(link);
            list.append(li);
        }
        region.append(count, list);
    };

    input.addEventListener("input", () => {
        clearTimeout(timer);
        const query = input.value.trim();
        if (query.length === 0) { clear(); return; }
        timer = setTimeout(async () => {
            controller?.abort();
            controller = new AbortController();
            const url = `${input.dataset.suggestUrl}?q=${encodeURIComponent(query)}&culture=${encodeURIComponent(input.dataset.culture)}`;
            try {
                const response = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
                if (response.ok) show(query, (await response.json()).items);
            } catch {
                // Aborted by newer typing or offline: the form still works.
            }
        }, 150);
    });

    input.addEventListener("keydown", event => {
        if (event.key === "Escape") clear();
    });
})();
