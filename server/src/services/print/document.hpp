#pragma once
// Print-styled documents (letters, compilations, notices) as one self-contained HTML page: A4 margins,
// official-document fonts (仿宋 body, 黑体/小标宋 headings), page breaks between sections. The browser prints
// it; everything a user typed is escaped, and the page has no scripts (the Content-Security-Policy allows
// inline styles only).
#include <string>
#include <string_view>
#include <vector>

namespace zhixie::print {

std::string escape(std::string_view s);
// A date as official documents write it: "2026-05-03" → "2026年5月3日" (shorter text is returned as it is).
std::string cn_date(const std::string& date);

class Document {
  public:
    explicit Document(std::string title) : title_(std::move(title)) {}

    // level 1: the document's red-headed title; 2: a section; 3: a sub-heading
    Document& heading(std::string_view text, int level = 1);
    // One indented paragraph per line of text.
    Document& paragraphs(std::string_view text);
    // A single line without indent: "salutation" (left, bold), "signature" (right), "meta" (small, centred),
    // "plain".
    Document& line(std::string_view text, std::string_view style = "plain");
    Document& table(const std::vector<std::string>& header,
                    const std::vector<std::vector<std::string>>& rows);
    // Starts a new sheet of paper.
    Document& page_break();

    std::string html() const;

  private:
    std::string title_;
    std::string body_;
};

}  // namespace zhixie::print
