#!/usr/bin/env python3
"""The web pages in a real browser: Chromium headless driven by Selenium, against a real
`yici serve` on loopback.

    python3 Tests/YiciWebTests/Browser/browser_test.py [--yici .build/debug/yici] [--out DIR]

- an applicant walks the food-licence questionnaire to accepted_with_waiver, with the
  keyboard's and the mouse's inputs, and prints the one-time notice (a PDF);
- a bundle (newborn) is walked to needs_correction and lists every missing material once;
- with JavaScript off (Chromium's content setting), both walks as plain forms (submit, the next
  questions, the decision, the notice) end as the scripted ones;
- the clerk's window opens the accepted application pasted into it, and opens its case (a
  decision on record, the case's clock and the waived materials' due dates on the page, the
  case readable at GET /v1/cases/{id});
- at 360 px wide no page scrolls sideways; every visible input has a label; the decision's
  one-line summary stays in view while answering;
- screenshots and the PDF are written to DIR (default .build/web-artifacts);
- prints the time to first render of the questionnaire and from an answer to the updated
  decision (medians), and fails when a walk does not end as it should.
Needs: chromium and chromium-driver (Debian), selenium (PyPI).
"""
import argparse, base64, json, os, re, shutil, statistics, subprocess, sys, tempfile, threading, time, urllib.request

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.expected_conditions import staleness_of
from selenium.webdriver.support.wait import WebDriverWait

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def start_server(yici, out, data):
    process = subprocess.Popen(
        [yici, "serve", "rules", "--port", "0", "--watch-interval", "0", "--log-level", "warning", "--data", data],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = process.stdout.readline()
        found = re.search(r"listening on (http://\S+)", line)
        if found:
            # Keep reading what it writes, so a full pipe never blocks the server.
            log = open(os.path.join(out, "serve.log"), "w")
            threading.Thread(target=lambda: [log.write(l) or log.flush() for l in process.stdout], daemon=True).start()
            return process, found.group(1)
        if process.poll() is not None:
            break
    process.kill()
    sys.exit("yici serve did not start")


def browser(javascript=True):
    options = webdriver.ChromeOptions()
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--lang=zh-CN"]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def updates(driver):
    return int(driver.find_element(By.ID, "decision").get_attribute("data-updates") or "0")


def wait_for_update(driver, before, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if updates(driver) > before:
            return float(driver.find_element(By.ID, "decision").get_attribute("data-update-ms") or "nan")
        time.sleep(0.01)
    resources = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => [e.name, Math.round(e.startTime),"
        " Math.round(e.responseEnd)]);")
    raise AssertionError("the decision did not update; the browser's log: %s; requests: %s (the server's log"
                         " is serve.log in the artefacts)" % (driver.get_log("browser"), resources))


def answer(driver, fact, value, timings):
    """Answers one question as a person would: a click on a choice, or typing and Tab."""
    before = updates(driver)
    fill(driver.find_element(By.CSS_SELECTOR, '.question[data-fact="%s"]' % fact), value, Keys.TAB)
    timings.append(wait_for_update(driver, before))


def fill(item, value, then=None):
    """Gives a question (its list item) an answer: clicks the choice, or types the value."""
    if item.get_attribute("data-type") in ("bool", "options"):
        text = "true" if value is True else "false" if value is False else value
        item.find_element(By.CSS_SELECTOR, 'input[value="%s"]' % text).click()
    else:
        field = item.find_element(By.CSS_SELECTOR, "input")
        field.clear()
        field.send_keys(str(value))
        if then:
            field.send_keys(then)


def walk(driver, facts, timings):
    """Answers every question the page shows until it asks none it has an answer for."""
    answered = set()
    for _ in range(60):
        visible = [e.get_attribute("data-fact") for e in driver.find_elements(By.CSS_SELECTOR, ".question")
                   if e.is_displayed()]
        todo = [fact for fact in visible if fact not in answered and fact in facts]
        if not todo:
            return visible
        answer(driver, todo[0], facts[todo[0]], timings)
        answered.add(todo[0])
    raise AssertionError("the questionnaire kept asking")


def tick(driver, name, ids, timings):
    for id in ids:
        boxes = [b for b in driver.find_elements(By.CSS_SELECTOR, 'input[name="%s"][value="%s"]' % (name, id))
                 if b.is_displayed()]
        if boxes and not boxes[0].is_selected():
            before = updates(driver)
            boxes[0].click()
            timings.append(wait_for_update(driver, before))


def ready(driver):
    """Waits until the page's script has set the questionnaire up."""
    deadline = time.time() + 10
    while driver.execute_script("var f = document.getElementById('questionnaire'); return !f || !f.dataset.ready;"):
        if time.time() > deadline:
            raise AssertionError("the questionnaire's script did not start: %s" % driver.get_log("browser"))
        time.sleep(0.01)


def set_date(driver, date):
    ready(driver)
    before = updates(driver)
    driver.execute_script(
        "var d = document.getElementById('f-date'); d.value = arguments[0];"
        "d.dispatchEvent(new Event('change', {bubbles: true}));", date)
    wait_for_update(driver, before)


def first_render(driver, url):
    """Milliseconds from navigation to the first contentful paint, and to DOMContentLoaded."""
    driver.get(url)
    time.sleep(0.2)
    paint = driver.execute_script(
        "var p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : null;")
    loaded = driver.execute_script("return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;")
    return paint, loaded


def submit_without_script(driver):
    """Submits the plain form and waits for the page it gets back: until then the old page's
    elements are still found, and go stale under the caller."""
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.ID, "update").click()
    WebDriverWait(driver, 10).until(staleness_of(page))
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")


def walk_without_script(driver, url, application):
    """The questionnaire as plain forms (scripts off): answer the questions shown, submit,
    answer the next ones, until none is left to answer; then tick the materials and submit.
    Returns the outcome and the notice's text."""
    driver.get(url)
    answered = set()
    facts = application["facts"]
    for _ in range(30):
        todo = [e for e in driver.find_elements(By.CSS_SELECTOR, ".question") if e.is_displayed()
                and e.get_attribute("data-fact") in facts and e.get_attribute("data-fact") not in answered]
        if not todo:
            break
        for item in todo:
            fact = item.get_attribute("data-fact")
            fill(item, facts[fact])
            answered.add(fact)
        submit_without_script(driver)
    else:
        raise AssertionError("the plain questionnaire kept asking")
    for name, ids in ((":material", application.get("materials", [])), (":shared", application.get("shared", []))):
        for id in ids:
            boxes = [b for b in driver.find_elements(By.CSS_SELECTOR, 'input[name="%s"][value="%s"]' % (name, id))
                     if b.is_displayed()]
            if boxes and not boxes[0].is_selected():
                boxes[0].click()
    submit_without_script(driver)
    notice = driver.find_elements(By.ID, "notice-text")
    shown = bool(notice) and driver.find_element(By.ID, "notice").is_displayed()
    return (driver.find_element(By.ID, "decision").get_attribute("data-outcome"),
            notice[0].text if shown else "", sorted(answered))


def screenshot(driver, out, name):
    path = os.path.join(out, name + ".png")
    driver.save_screenshot(path)
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--yici", default=os.path.join(ROOT, ".build", "debug", "yici"))
    parser.add_argument("--out", default=os.path.join(ROOT, ".build", "web-artifacts"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    data = tempfile.mkdtemp(prefix="yici-web-")
    server, base = start_server(args.yici, args.out, data)
    driver = browser()
    timings = []
    try:
        # 1. The food licence, to accepted_with_waiver.
        application = json.load(open(os.path.join(
            ROOT, "examples/applications/food_business_license_catering.accepted_with_waiver.json")))
        url = base + "/services/food_business_license_catering/apply?lang=zh"
        renders = [first_render(driver, url) for _ in range(5)]
        check(driver.find_element(By.ID, "decision").get_attribute("data-outcome") == "needs_information",
              "the empty questionnaire needs information")
        first_question = driver.find_element(By.CSS_SELECTOR, ".question:not([hidden])").get_attribute("data-fact")
        set_date(driver, application["date"])
        walk(driver, application["facts"], timings)
        tick(driver, ":material", application["materials"], timings)
        outcome = driver.find_element(By.ID, "decision").get_attribute("data-outcome")
        check(outcome == "accepted_with_waiver", "the food licence ends accepted_with_waiver (%s)" % outcome)
        notice = driver.find_element(By.ID, "notice-text").text
        check(driver.find_element(By.ID, "notice").is_displayed() and "容缺" in notice,
              "the one-time notice is shown and says what is waived")
        promised = driver.find_elements(By.CSS_SELECTOR, "#decision .promised")
        check(bool(promised) and promised[0].text == "2025-09-30", "the promised date is 2025-09-30")
        payload = json.loads(driver.find_element(By.ID, "application-json").get_attribute("value"))
        check(payload["facts"] == application["facts"], "the application JSON holds the answers as the example")
        screenshot(driver, args.out, "food-accepted-with-waiver-desk")
        pdf = base64.b64decode(driver.print_page())
        open(os.path.join(args.out, "food-notice.pdf"), "wb").write(pdf)
        check(pdf.startswith(b"%PDF") and len(pdf) > 1000, "the notice prints (%d bytes of PDF)" % len(pdf))
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        printed = driver.execute_script(
            "return Array.from(document.querySelectorAll('main > *')).filter(e => getComputedStyle(e).display != 'none')"
            ".map(e => e.id);")
        check(printed == ["notice"], "printing shows the notice alone (%s)" % printed)
        screenshot(driver, args.out, "food-notice-print")
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

        # 1b. The clerk's window: the same application pasted, then its case opened.
        driver.get(base + "/window?lang=zh")
        driver.find_element(By.ID, "f-application").send_keys(json.dumps(application, ensure_ascii=False))
        driver.find_element(By.CSS_SELECTOR, "form.window button[type=submit]").click()
        ready(driver)
        outcome = driver.find_element(By.ID, "decision").get_attribute("data-outcome")
        check(outcome == "accepted_with_waiver", "the window opens the application as accepted_with_waiver (%s)" % outcome)
        check(driver.find_element(By.ID, "case").is_displayed(), "the window offers to open a case")
        driver.find_element(By.ID, "open-case").click()
        deadline = time.time() + 10
        while not driver.find_elements(By.ID, "case-id") and time.time() < deadline:
            errors = driver.find_elements(By.CSS_SELECTOR, "#case-result .form-errors")
            if errors:
                break
            time.sleep(0.02)
        opened = driver.find_elements(By.ID, "case-id")
        check(bool(opened), "the window opens a case (%s)" % driver.find_element(By.ID, "case-result").text)
        if opened:
            case_id = opened[0].text
            with urllib.request.urlopen(base + "/v1/cases/" + case_id) as answer:
                file = json.load(answer)
            check(file["case_id"] == case_id and file["service"] == application["service"],
                  "the case %s is on record for %s" % (case_id, file.get("service")))
            waived = [e.get_attribute("data-material")
                      for e in driver.find_elements(By.CSS_SELECTOR, "#case-result .case-waived li")]
            check(waived == [item["id"] for item in file["waived"]] and waived,
                  "the page lists the waived materials with their due dates (%s)" % waived)
            check(driver.find_element(By.ID, "open-case").get_attribute("disabled") is not None,
                  "a case is opened once: the button is off afterwards")
            driver.execute_script("document.getElementById('case').scrollIntoView();")
            screenshot(driver, args.out, "window-case-opened")

        # 2. A bundle (newborn), to needs_correction, every missing material once.
        bundle = json.load(open(os.path.join(ROOT, "examples/bundles/applications/newborn.needs_correction.json")))
        expected = json.loads(subprocess.run(
            [args.yici, "eval", "rules", "--application", "examples/bundles/applications/newborn.needs_correction.json",
             "--format", "json"], cwd=ROOT, capture_output=True, text=True).stdout)["materials"]["missing"]
        driver.get(base + "/bundles/newborn/apply?lang=zh")
        set_date(driver, bundle["date"])
        walk(driver, bundle["facts"], timings)
        tick(driver, ":material", bundle["materials"], timings)
        tick(driver, ":shared", bundle["shared"], timings)
        outcome = driver.find_element(By.ID, "decision").get_attribute("data-outcome")
        check(outcome == "needs_correction", "the newborn bundle ends needs_correction (%s)" % outcome)
        missing = [e.get_attribute("data-material")
                   for e in driver.find_elements(By.CSS_SELECTOR, "#decision ul.missing li")]
        check(missing == expected, "every missing material is listed once: %s (CLI: %s)" % (missing, expected))
        screenshot(driver, args.out, "newborn-needs-correction-desk")

        # 3. Keyboard alone: Tab reaches the first question and Space answers it.
        driver.get(url)
        body = driver.find_element(By.TAG_NAME, "body")
        focused = []
        for _ in range(12):
            body = driver.switch_to.active_element
            body.send_keys(Keys.TAB)
            focused.append(driver.switch_to.active_element.get_attribute("name") or "")
        check(first_question in focused, "Tab reaches the first question (%s) in %s" % (first_question, focused))

        # 4. Scripts off: the same walks as plain forms end as the scripted ones did.
        driver.quit()
        driver = browser(javascript=False)
        driver.get(url)
        scripted = driver.execute_script("return document.documentElement.classList.contains('js');")
        check(not scripted, "with scripts off the page runs no script")
        outcome, notice, answered = walk_without_script(driver, url + "&:date=" + application["date"], application)
        check(outcome == "accepted_with_waiver", "scripts off: the food licence ends accepted_with_waiver (%s)" % outcome)
        check("容缺" in notice, "scripts off: the one-time notice is shown and says what is waived")
        check(answered == sorted(application["facts"]), "scripts off: every fact of the example was asked")
        screenshot(driver, args.out, "food-accepted-with-waiver-noscript")
        outcome, _, _ = walk_without_script(
            driver, base + "/bundles/newborn/apply?lang=zh&:date=" + bundle["date"], bundle)
        check(outcome == "needs_correction", "scripts off: the newborn bundle ends needs_correction (%s)" % outcome)
        missing = [e.get_attribute("data-material")
                   for e in driver.find_elements(By.CSS_SELECTOR, "#decision ul.missing li")]
        check(missing == expected, "scripts off: every missing material is listed once: %s" % missing)

        # 5. 360 px (a fresh browser): no page scrolls sideways; every visible input has a label.
        driver.quit()
        driver = browser()
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True})
        pages = {"catalogue": "/?lang=zh", "guide": "/services/food_business_license_catering?lang=zh",
                 "bundle-guide": "/bundles/newborn?lang=en", "apply": "/services/food_business_license_catering/apply",
                 "bundle-apply": "/bundles/open_restaurant/apply?lang=en", "window": "/window",
                 "report": "/report?lang=zh"}
        for name, path in pages.items():
            driver.get(base + path)
            wide = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth];")
            check(wide[0] <= wide[1], "360 px: %s has no horizontal scroll (%d ≤ %d)" % (name, wide[0], wide[1]))
            unlabelled = driver.execute_script(
                "return Array.from(document.querySelectorAll('input:not([type=hidden]), textarea'))"
                ".filter(e => e.offsetParent !== null && !(e.labels && e.labels.length) && !e.closest('fieldset legend'))"
                ".map(e => e.name || e.id);")
            check(unlabelled == [], "%s: every visible input has a label %s" % (name, unlabelled))
            screenshot(driver, args.out, name + "-360")
        driver.get(url)
        set_date(driver, application["date"])
        walk(driver, application["facts"], timings)
        tick(driver, ":material", application["materials"], timings)
        # The decision comes after the form on a phone: its one-line summary stays on top,
        # saying the same outcome, while one is at the form's first question.
        driver.execute_script("document.getElementById('f-date').scrollIntoView();"
                              "window.scrollBy(0, 600);")
        bar = driver.execute_script(
            "var b = document.getElementById('decision-summary'), r = b.getBoundingClientRect();"
            "return [r.top, r.bottom, window.innerHeight, b.hidden,"
            " b.querySelector('.outcome').className, document.getElementById('decision').dataset.outcome];")
        check(not bar[3] and 0 <= bar[0] and bar[1] <= bar[2],
              "360 px: the decision summary stays in view while answering (%s)" % bar[:4])
        check(bar[4] == "outcome outcome-" + bar[5],
              "360 px: the summary says the decision's outcome (%s, %s)" % (bar[4], bar[5]))
        screenshot(driver, args.out, "food-accepted-with-waiver-360")
    finally:
        driver.quit()
        server.terminate()
        server.wait(10)
        shutil.rmtree(data, ignore_errors=True)

    paints = [p for p, _ in renders if p is not None]
    loads = [l for _, l in renders]
    print("first render of the questionnaire: first contentful paint median %.0f ms, DOMContentLoaded median %.0f ms"
          " (%d loads)" % (statistics.median(paints) if paints else float("nan"), statistics.median(loads), len(loads)))
    print("answer -> updated decision: median %.1f ms, max %.1f ms (%d answers)"
          % (statistics.median(timings), max(timings), len(timings)))
    print("artefacts in", args.out)
    if failures:
        print("%d browser checks failed" % len(failures))
        sys.exit(1)


if __name__ == "__main__":
    main()
