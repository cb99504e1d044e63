#include "services/print/document.hpp"

#include <fmt/format.h>

namespace zhixie::print {

namespace {

constexpr const char* kStyle = R"(
@page { size: A4; margin: 30mm 26mm 28mm 28mm; }
body { font-family: "FangSong", "仿宋", "STFangsong", "FangSong_GB2312", "WenQuanYi Micro Hei", serif;
       font-size: 16pt; line-height: 1.75; color: #000; margin: 0 auto; max-width: 170mm; }
h1 { font-family: "FZXiaoBiaoSong-B05S", "SimSun", "宋体", serif; font-size: 22pt; text-align: center;
     font-weight: normal; margin: 0.6em 0 0.8em; }
h2 { font-family: "SimHei", "黑体", "WenQuanYi Micro Hei", sans-serif; font-size: 16pt; font-weight: normal;
     margin: 1em 0 0.4em; }
h3 { font-family: "KaiTi", "楷体", serif; font-size: 16pt; font-weight: normal; margin: 0.8em 0 0.2em; }
p { text-indent: 2em; margin: 0; }
.salutation { text-indent: 0; font-weight: bold; margin-top: 0.5em; }
.signature { text-indent: 0; text-align: right; }
.meta { text-indent: 0; text-align: center; font-size: 12pt; color: #333; }
.plain { text-indent: 0; }
table { border-collapse: collapse; width: 100%; font-size: 12pt; line-height: 1.4; margin: 0.5em 0; }
th, td { border: 1px solid #000; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { font-family: "SimHei", "黑体", sans-serif; font-weight: normal; background: #f2f2f2; }
.break { break-after: page; page-break-after: always; height: 0; }
@media screen { body { padding: 20mm 0; } .break { border-top: 1px dashed #999; margin: 12mm 0; } }
)";

}  // namespace

std::string cn_date(const std::string& date) {
    if (date.size() < 10) return date;
    return fmt::format("{}年{}月{}日", date.substr(0, 4), std::stoi(date.substr(5, 2)),
                       std::stoi(date.substr(8, 2)));
}

std::string escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

Document& Document::heading(std::string_view text, int level) {
    const std::string tag = "h" + std::to_string(level < 1 ? 1 : level > 3 ? 3 : level);
    body_ += "<" + tag + ">" + escape(text) + "</" + tag + ">\n";
    return *this;
}

Document& Document::paragraphs(std::string_view text) {
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (!line.empty()) body_ += "<p>" + escape(line) + "</p>\n";
        start = end + 1;
    }
    return *this;
}

Document& Document::line(std::string_view text, std::string_view style) {
    body_ += "<p class=\"" + escape(style) + "\">" + escape(text) + "</p>\n";
    return *this;
}

Document& Document::table(const std::vector<std::string>& header,
                          const std::vector<std::vector<std::string>>& rows) {
    body_ += "<table><thead><tr>";
    for (const auto& h : header)
        body_ += "<th>" + escape(h) + "</th>";
    body_ += "</tr></thead><tbody>\n";
    for (const auto& r : rows) {
        body_ += "<tr>";
        for (const auto& cell : r)
            body_ += "<td>" + escape(cell) + "</td>";
        body_ += "</tr>\n";
    }
    body_ += "</tbody></table>\n";
    return *this;
}

Document& Document::page_break() {
    body_ += "<div class=\"break\"></div>\n";
    return *this;
}

std::string Document::html() const {
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + escape(title_) +
           "</title><style>" + kStyle + "</style></head><body>\n" + body_ + "</body></html>\n";
}

}  // namespace zhixie::print
