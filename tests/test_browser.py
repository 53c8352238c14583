"""The built site in a real browser: linked tabs, deep links, copy, search, no third parties.

Headless Debian Chromium driven by Playwright; the site is served from 127.0.0.1. `make test`
installs Chromium when it is missing. Screenshots go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest

from rosetta.harness import DOCS, REPO
from rosetta.pages import parse_page

pytestmark = pytest.mark.xdist_group("site")  # shares the built site with tests/test_site.py

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ARTIFACTS = REPO / "test-artifacts" / "screenshots"
FRAMEWORK_LABELS = ("PyTorch", "TensorFlow", "JAX")


def chromium_path() -> str:
    for candidate in (
        os.environ.get("ROSETTA_CHROMIUM"),
        "chromium",
        "chromium-browser",
        "google-chrome",
    ):
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    pytest.fail(
        "No Chromium found. `make test` installs Debian's package (apt-get install "
        "chromium); elsewhere set ROSETTA_CHROMIUM to a Chromium or Chrome binary.",
        pytrace=False,
    )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory: Path):
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


# Where the site is hosted. Pages link to both editions' roots under this path (the language
# switcher, and Material's sitemap lookups behind it), so the tests serve the site there.
HOSTED_PATH = "framework-rosetta/"


@pytest.fixture(scope="module")
def site_url(built_site, tmp_path_factory):
    root = tmp_path_factory.mktemp("hosted")
    (root / HOSTED_PATH.rstrip("/")).symlink_to(built_site, target_is_directory=True)
    server, url = serve(root)
    yield url + HOSTED_PATH
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    yield page
    context.close()


def selected_framework_labels(page) -> list[str]:
    """The chosen label of every framework tab set on the page."""
    return page.evaluate(
        """(names) => Array.from(document.querySelectorAll('.tabbed-set')).map(set => {
            const labels = Array.from(set.querySelectorAll(':scope > .tabbed-labels > label'));
            if (!labels.some(l => names.includes(l.innerText.trim()))) return null;
            const checked = set.querySelector(':scope > input:checked');
            const label = checked && set.querySelector(`label[for="${checked.id}"]`);
            return label ? label.innerText.trim() : '';
        }).filter(x => x !== null)""",
        list(FRAMEWORK_LABELS),
    )


def test_choosing_jax_switches_every_tab_set_and_follows_to_the_next_page(page, site_url):
    page.goto(site_url + "autodiff/")
    assert set(selected_framework_labels(page)) == {"PyTorch"}, "fresh visit starts on PyTorch"
    page.locator(".tabbed-labels > label", has_text="JAX").first.click()
    chosen = selected_framework_labels(page)
    assert len(chosen) >= 3 and set(chosen) == {"JAX"}, f"tab sets after choosing JAX: {chosen}"
    page.goto(site_url + "layers/")
    chosen = selected_framework_labels(page)
    assert chosen and set(chosen) == {"JAX"}, f"on the next page: {chosen}"


def test_deep_link_opens_framework_and_keeps_the_anchor(page, site_url, built_site):
    heading = heading_ids(built_site, "layers")[-2]  # far down: the page must scroll to it
    page.goto(site_url + f"layers/?framework=jax#{heading}")
    page.wait_for_load_state("load")
    chosen = selected_framework_labels(page)
    assert chosen and set(chosen) == {"JAX"}, f"?framework=jax chose: {chosen}"
    top = page.evaluate(f"document.getElementById('{heading}').getBoundingClientRect().top")
    assert 0 <= top < 800, f"#{heading} is not in view after loading (top={top})"
    page.goto(site_url + "autodiff/")
    assert set(selected_framework_labels(page)) == {"JAX"}, "the deep-linked choice is remembered"


def test_cross_reference_anchor_and_filter_work_on_tables_drawn_lazily(page, site_url, built_site):
    """The reference tables use content-visibility: auto (drawn when scrolled near), so a
    link to a row far down must still land on it, and the filter must still hide rows."""
    ids = re.findall(r'<tr id="([^"]+)"', (built_site / "reference" / "index.html").read_text())
    row = ids[-3]
    page.goto(site_url + f"reference/#{row}")
    page.wait_for_load_state("load")
    # Material restores the scroll position in a task after load: let two frames render
    # (a condition, not a fixed sleep) before reading where the row is.
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    top = page.evaluate(f"document.getElementById('{row}').getBoundingClientRect().top")
    assert 0 <= top < 800, f"reference/#{row} is not in view after loading (top={top})"
    page.locator("#crossref-filter").fill("GradientTape")
    shown = page.eval_on_selector_all(
        ".rosetta-crossref tbody tr", "rows => rows.filter(r => !r.hidden).length"
    )
    assert 0 < shown < len(ids), f"filtering for GradientTape left {shown} of {len(ids)} rows"


def test_theme_follows_the_system_until_the_reader_chooses(browser, site_url):
    """Our palette script (overrides/partials/palette.html) replaces Material's component:
    with no stored choice it follows the system setting; a click or Enter on the toggle
    switches, and the choice follows the reader to the next page."""
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(site_url)

    def scheme():
        return page.evaluate(
            """() => [document.body.dataset.mdColorScheme,
                      document.querySelector('meta[name=color-scheme]').content]"""
        )

    assert scheme() == ["slate", "dark"], "a dark system setting should open the dark theme"
    page.locator(".rosetta-palette label:not([hidden])").click()
    assert scheme() == ["default", "light"], "clicking the toggle should switch to light"
    page.goto(site_url + "tensors/")
    assert scheme() == ["default", "light"], "the choice should follow to the next page"
    page.locator(".rosetta-palette input:checked").focus()
    page.keyboard.press("Enter")
    assert scheme() == ["slate", "dark"], "Enter on the toggle should switch back"
    context.close()
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    page.goto(site_url)
    assert scheme() == ["default", "light"], "a light system setting should open the light theme"
    context.close()


def placeholder_heights_off_by(browser, url, width, selector, tolerance) -> list:
    """(index, estimated px, rendered px) for each visible element matching selector whose
    content-visibility placeholder height is off its rendered height by more than
    tolerance (a fraction). Measured once as loaded, once with nothing skipped."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(url)
    page.wait_for_load_state("load")
    measure = f"""() => Array.from(document.querySelectorAll("{selector}"))
        .filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect().height)"""
    estimated = page.evaluate(measure)
    page.add_style_tag(content="* { content-visibility: visible !important; }")
    rendered = page.evaluate(measure)
    context.close()
    assert len(estimated) == len(rendered) > 10, f"only {len(estimated)} {selector} on {url}"
    return [
        (i, round(e), round(r))
        for i, (e, r) in enumerate(zip(estimated, rendered, strict=True))
        if abs(e - r) > tolerance * r
    ]


@pytest.mark.parametrize("width", [390, 1280])
def test_content_drawn_lazily_keeps_its_rendered_height(browser, site_url, width):
    """Examples' tab panels off screen are skipped until scrolled near (content-visibility:
    auto, sized in rosetta.css from the line count rosetta/directives.py writes). Their
    estimated heights must match the rendered ones, or the scrollbar jumps and anchors
    miss."""
    selector = ".rosetta-example > .tabbed-set > .tabbed-content"
    off = placeholder_heights_off_by(browser, site_url + "tensors/", width, selector, 0.05)
    assert not off, f"estimated vs rendered heights (px) more than 5% apart: {off}"


# The model was fitted to the English tables (within 6%). The Chinese ones come within 10%
# but for the losses and layers tables (20% and 13% over, 2026-12-04): 25% until the model
# is refitted for them.
@pytest.mark.parametrize(("edition", "tolerance"), [("", 0.15), ("zh/", 0.25)])
def test_cross_reference_tables_keep_about_their_rendered_height(
    browser, site_url, edition, tolerance
):
    """The reference tables are skipped until scrolled near; their placeholder heights come
    from a fitted model (rosetta/generated/crossref.py)."""
    off = placeholder_heights_off_by(
        browser, site_url + edition + "reference/", 390, ".rosetta-crossref", tolerance
    )
    assert not off, (
        f"estimated vs rendered table heights (px) more than {tolerance:.0%} apart: {off}"
    )


def heading_ids(built_site: Path, page_dir: str) -> list[str]:
    html = (built_site / page_dir / "index.html").read_text()
    return re.findall(r'<h2 id="([^"]+)"', html)


def tab_snippets(page_name: str, label: str) -> list[str]:
    return [
        fence.includes[0]
        for fence in parse_page(DOCS / page_name).fences
        if fence.tab_label == label and fence.language == "python" and fence.includes
    ]


# The last tensors block starts off screen, skipped until scrolled to (content-visibility).
@pytest.mark.parametrize(("page_name", "which"), [("install", 0), ("tensors", -1)])
def test_copy_button_copies_exactly_the_snippet_file(browser, site_url, page_name, which):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_url + f"{page_name}/")
    snippet = tab_snippets(f"{page_name}.md", "PyTorch")[which]
    block = page.locator(".tabbed-set").nth(which).locator(".tabbed-block").first
    block.locator("pre").first.hover()
    block.locator("button[data-md-type=copy]").first.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    context.close()
    assert copied.rstrip("\n") == (REPO / snippet).read_text().rstrip("\n"), (
        f"the copy button did not copy {snippet} exactly"
    )


@pytest.mark.parametrize(
    ("term", "expected_page"),
    [
        ("GradientTape", "autodiff/"),
        ("vmap", "vectorisation/"),
        ("state_dict", "saving/"),
        # The Chinese edition: its search index is segmented by jieba at build time.
        ("自动微分", "zh/autodiff/"),
        ("张量", "zh/tensors/"),
    ],
)
def test_offline_search_finds_the_right_page(page, site_url, term, expected_page):
    if not (DOCS / f"{expected_page.rstrip('/')}.md").exists():
        pytest.fail(f"docs/{expected_page.rstrip('/')}.md is missing", pytrace=False)
    url = site_url + ("zh/" if expected_page.startswith("zh/") else "")
    page.goto(url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    # Each page's search worker builds the index itself; with the suite's kernels on both
    # cores that has taken more than 15 s. Material shows "Initializing search", in the
    # page's language (正在初始化搜索引擎), until the index is ready: wait for the page's
    # own text to go, rather than for a guessed time or an English word.
    initializing = re.search(
        r'md-search-result__meta">\s*([^<]*?)\s*<', page.request.get(url).text()
    ).group(1)
    page.wait_for_function(
        "initializing => document.querySelector('.md-search-result__meta').textContent.trim()"
        " !== initializing",
        arg=initializing,
        timeout=90_000,
    )
    # Typed key by key, as a reader does: Material queries on keyup. Playwright inserts a
    # character that is not on its keyboard (自, 张) with no key events, where a reader's
    # input method commits with a key; End stands in for that key.
    page.locator(".md-search__input").press_sequentially(term)
    page.locator(".md-search__input").press("End")
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    hrefs = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    assert any(expected_page in href for href in hrefs), f"search for {term}: {hrefs[:10]}"
    if not expected_page.startswith("zh/"):
        assert not any("/zh/" in href for href in hrefs), "the English search found Chinese pages"


def _exactly(text: str):
    return re.compile(rf"^\s*{re.escape(text)}\s*$")


def _choose_tab(page, label: str) -> None:
    page.locator(".tabbed-labels label").filter(has_text=_exactly(label)).first.click()


def _switch_language(page, name: str) -> None:
    page.locator(".md-header__option .md-select").first.hover()
    with page.expect_navigation():
        page.locator(".md-select__link").filter(has_text=_exactly(name)).click()
    page.wait_for_load_state("load")


def test_language_switcher_keeps_the_page_and_the_framework_tab(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(site_url + "tensors/")
    _choose_tab(page, "JAX")
    _switch_language(page, "中文")
    assert page.url.startswith(site_url + "zh/tensors/"), page.url
    chosen = set(selected_framework_labels(page))
    assert chosen == {"JAX"}, f"after switching to Chinese the tabs show {chosen}, not JAX"
    _choose_tab(page, "TensorFlow")
    _switch_language(page, "English")
    assert page.url.startswith(site_url + "tensors/"), page.url
    assert set(selected_framework_labels(page)) == {"TensorFlow"}
    context.close()


def test_framework_deep_link_works_on_chinese_pages(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(site_url + "zh/autodiff/?framework=tensorflow")
    page.wait_for_load_state("load")
    assert set(selected_framework_labels(page)) == {"TensorFlow"}
    context.close()


def all_page_paths(site: Path) -> list[str]:
    return sorted(
        p.relative_to(site).parent.as_posix() + "/"
        for p in site.rglob("index.html")
        if "assets" not in p.parts
    )


def third_party_requests_and_errors(browser, site_url: str, paths: list[str], tabs: int = 4):
    """Loads every path, a few tabs at a time, and records every request and console error."""
    requests, errors = [], []
    context = browser.new_context()
    pages = [context.new_page() for _ in range(tabs)]
    for page in pages:
        page.on("request", lambda r, page=page: requests.append((page.url, r.url)))
        page.on(
            "console",
            lambda m, page=page: errors.append((page.url, m.text)) if m.type == "error" else None,
        )
        page.on("pageerror", lambda e, page=page: errors.append((page.url, str(e))))
    for start in range(0, len(paths), tabs):
        batch = list(zip(pages, paths[start : start + tabs], strict=False))
        for page, path in batch:  # start the loads together; wait for each to go quiet
            url = site_url + path.lstrip("./") if path != "./" else site_url
            page.goto(url, wait_until="commit")
        for page, _ in batch:
            page.wait_for_load_state("networkidle")
    context.close()
    outside = [
        (where, url)
        for where, url in requests
        if urlparse(url).scheme in ("http", "https", "ws", "wss")
        and urlparse(url).hostname != "127.0.0.1"
    ]
    return outside, errors


def test_pages_make_no_third_party_request_and_log_no_error(browser, site_url, built_site):
    paths = all_page_paths(built_site)
    assert len(paths) >= 8
    outside, errors = third_party_requests_and_errors(browser, site_url, paths)
    assert not outside, "requests left 127.0.0.1:\n" + "\n".join(f"{p}: {u}" for p, u in outside)
    assert not errors, "console errors:\n" + "\n".join(f"{p}: {e}" for p, e in errors)


def test_a_remote_font_is_caught(browser, built_site, tmp_path):
    """The check above must fail when a page pulls a web font: prove it on a copy."""
    copy = tmp_path / "site"
    shutil.copytree(built_site, copy)
    index = copy / "index.html"
    index.write_text(
        index.read_text().replace(
            "</head>",
            '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Roboto"></head>',
            1,
        )
    )
    server, url = serve(copy)
    try:
        outside, _ = third_party_requests_and_errors(browser, url, ["./"])
    finally:
        server.shutdown()
    assert any("fonts.googleapis.com" in u for _, u in outside), outside


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_and_phone_layout(browser, site_url, scheme):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    problems = []
    for name, path in (("home", ""), ("tensors", "tensors/")):
        for device, viewport in (
            ("desktop", {"width": 1280, "height": 800}),
            ("phone", {"width": 390, "height": 844}),
        ):
            context = browser.new_context(
                viewport=viewport, color_scheme=scheme, device_scale_factor=1
            )
            page = context.new_page()
            page.goto(site_url + path)
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(ARTIFACTS / f"{name}-{device}-{scheme}.png"))
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                problems.append(f"{name} ({device}, {scheme}) scrolls sideways by {overflow}px")
            wrapped = page.evaluate("""() => Array.from(document.querySelectorAll('.tabbed-labels'))
                .filter(l => { const ls = l.querySelectorAll('label');
                               return ls.length && ls[ls.length - 1].offsetTop > ls[0].offsetTop; })
                .length""")
            if wrapped:
                problems.append(f"{name} ({device}, {scheme}): {wrapped} tab bars wrap")
            context.close()
    assert not problems, "\n".join(problems)


def test_tables_wrapped_at_build_time_look_as_material_draws_them(page, site_url):
    """rosetta.markdown wraps each table as Material's script would and gives it a class,
    so the script leaves it alone (rosetta/tables.py); rosetta.css must then draw it
    exactly like a table without a class."""
    page.goto(site_url + "tensors/")
    page.wait_for_load_state("networkidle")
    report = page.evaluate("""() => {
        const ours = document.querySelector("article table.rosetta-table");
        if (!ours) return null;
        const plain = document.createElement("table");  // Material's kind: no class
        plain.innerHTML = "<thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody>";
        ours.closest(".md-typeset__scrollwrap").after(plain);
        const look = table => ["table", "th", "td"].map(part => {
            const style = getComputedStyle(part === "table" ? table : table.querySelector(part));
            return [part, style.display, style.fontSize, style.fontWeight, style.padding,
                    style.borderTop, style.verticalAlign].join(" ");
        });
        return {
            ours: look(ours), material: look(plain),
            wrappers: [ours.parentElement.className, ours.parentElement.parentElement.className],
            nested: document.querySelectorAll(".md-typeset__table .md-typeset__table").length,
        };
    }""")
    assert report, "the tensors page has no table wrapped at build time"
    assert report["wrappers"] == ["md-typeset__table", "md-typeset__scrollwrap"], report
    assert report["nested"] == 0, "Material wrapped a table the build had already wrapped"
    assert report["ours"] == report["material"], report


def test_cross_reference_reads_without_javascript(browser, site_url, built_site):
    """With JavaScript off there is no filter, but every row is there, shown, and a call's
    anchor still lands on its row."""
    ids = re.findall(r'<tr id="([^"]+)"', (built_site / "reference" / "index.html").read_text())
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + f"reference/#{ids[-3]}")
    rows = page.locator(".rosetta-crossref tbody tr")
    shown = page.eval_on_selector_all(
        ".rosetta-crossref tbody tr", "rows => rows.filter(r => !r.hidden).length"
    )
    assert rows.count() == shown > 250, f"{shown} of {rows.count()} rows shown without JavaScript"
    top = page.evaluate(f"document.getElementById('{ids[-3]}').getBoundingClientRect().top")
    assert 0 <= top < 800, f"reference/#{ids[-3]} is not in view without JavaScript (top={top})"
    context.close()
