#pragma once
// Cleaning an article's text pasted from a web page: inline pinyin annotations that scrapers leave behind
// (來(lái)源 → 來源) are removed, traditional characters become simplified, a lost bullet ("?坚持…") is
// dropped, and the page's stray lines — keyword titles, date and source lines, bylines, "font size" widgets,
// reprint disclaimers — are taken out of the body and flagged with a reason, so a person can check them.
// What those lines say (date, outlet, authors, the headline) is offered back as suggestions.
#include <string>
#include <string_view>
#include <vector>

namespace zhixie::text {

struct FlaggedLine {
    int line = 0;        // 1-based line number in the pasted text
    std::string text;    // the line, cleaned
    std::string reason;  // page_title | title | dateline | byline | page_chrome | disclaimer
};

struct PastedArticle {
    std::string text;                  // the body: one paragraph per line
    std::string title;                 // suggested headline (empty when none stood out)
    std::string published_on;          // YYYY-MM-DD from a date line, or empty
    std::string outlet;                // from a "来源：" line, or empty
    std::vector<std::string> authors;  // reporters and contributors named in bylines
    std::vector<FlaggedLine> flagged;  // lines taken out of the body
    int pinyin_removed = 0;            // annotations removed
    int marks_removed = 0;             // stray leading marks removed
    bool converted = false;            // traditional characters were converted
};

// Removes inline pinyin annotations: a Chinese character followed by "(pinyin)" keeps the character only.
// Returns the text and sets *removed to the number of annotations taken out.
std::string strip_inline_pinyin(std::string_view s, int* removed = nullptr);

PastedArticle clean_pasted_article(std::string_view pasted);

}  // namespace zhixie::text
