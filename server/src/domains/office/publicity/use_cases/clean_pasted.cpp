#include "domains/office/publicity/publicity.hpp"
#include "text/web_paste.hpp"

namespace zhixie::office::publicity {

nlohmann::json clean_pasted(const std::string& pasted) {
    auto a = text::clean_pasted_article(pasted);
    nlohmann::json flagged = nlohmann::json::array();
    for (const auto& l : a.flagged)
        flagged.push_back({{"line", l.line}, {"text", l.text}, {"reason", l.reason}});
    return {{"text", a.text},
            {"title", a.title},
            {"published_on", a.published_on},
            {"outlet", a.outlet},
            {"authors", a.authors},
            {"flagged", flagged},
            {"pinyin_removed", a.pinyin_removed},
            {"marks_removed", a.marks_removed},
            {"converted", a.converted}};
}

}  // namespace zhixie::office::publicity
