// Cleaning article text pasted from web pages, on text shaped like the two scraped reports in shared/seeds.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>

#include "text/opencc.hpp"
#include "text/web_paste.hpp"

using namespace zhixie;

namespace {

// The opening and closing lines of the Qingjian report: traditional characters with inline pinyin, a date and
// source line, a byline, a heading whose bullet was lost, an editor line and a reprint disclaimer.
const char* kQingjian =
    "2020-11-24 09:20:47 來(lái)源:各界新聞網(wǎng)—各界導(dǎo)報(bào)\n"
    "□ 記者 許鵬 通訊員 李治亮\n"
    "中央政協(xié)工作會(huì)議召開(kāi)以來(lái),清澗縣政協(xié)認(rèn)真學(xué)習(xí)習(xí)"
    "近平總書記重要講話精神。\n"
    "?堅(jiān)持多管齊下打好加強(qiáng)力量組合拳\n"
    "清澗縣政協(xié)緊盯政協(xié)機(jī)關(guān)人員力量薄弱的問(wèn)題,通過(guò)多種途徑著力推進(jìn)解決。\n"
    "編輯: 意楊\n"
    "以上文章僅代表作者個(gè)人觀點(diǎn),本網(wǎng)只是轉(zhuǎn)載,如涉及作品內(nèi)容、版權(quán)、稿酬問("
    "wèn)題,請(qǐng)及時(shí)聯(lián)系我們。"
    "電話:029-63903870";

// The Daye report: a keyword-stuffed page title, the headline, a date line, a font-size widget, the body and
// a bracketed contributor line.
const char* kDaye =
    "亚洲国产一区在线_亚洲精选一区二区_精品国产电影一区二区_久久99精品一区二区三区三区\n"
    "\n"
    "大冶市政協深入推進模范機關建設\n"
    "\n"
    "2022-06-16 16:22:36  \n"
    "字體大小:【\n"
    "\n"
    "近幾年,在省政協、黃石市政協的關心指導下,大冶市政協狠抓政治建設、制度建設。\n"
    "\n"
    "(大冶市政協 石艷 供稿)\n";

std::vector<std::string> reasons(const text::PastedArticle& a) {
    std::vector<std::string> out;
    for (const auto& f : a.flagged)
        out.push_back(f.reason);
    return out;
}

}  // namespace

TEST(WebPaste, InlinePinyinIsRemovedAndOnlyPinyin) {
    int n = 0;
    EXPECT_EQ(text::strip_inline_pinyin("來(lái)源:各界新聞網(wǎng)", &n), "來源:各界新聞網");
    EXPECT_EQ(n, 2);
    // brackets that are not pinyin after a Chinese character stay
    EXPECT_EQ(text::strip_inline_pinyin("世界卫生组织(WHO)"), "世界卫生组织(WHO)");
    EXPECT_EQ(text::strip_inline_pinyin("理念(始终坚持党的领导)"), "理念(始终坚持党的领导)");
    EXPECT_EQ(text::strip_inline_pinyin("第(3)条"), "第(3)条");
    EXPECT_EQ(text::strip_inline_pinyin("note (see)"), "note (see)");  // not after a Chinese character
    EXPECT_EQ(text::strip_inline_pinyin("嗯（ń）好的（de）"),
              "嗯好的");  // full-width brackets, syllabic n, no tone
}

TEST(WebPaste, TraditionalBecomesSimplified) {
    EXPECT_EQ(text::to_simplified("政協機關"), "政协机关");
    EXPECT_EQ(text::to_simplified("政协机关"), "政协机关");
    EXPECT_EQ(text::to_simplified(""), "");
}

TEST(WebPaste, TheQingjianPageIsCleanedAndItsHeadersFlagged) {
    auto a = text::clean_pasted_article(kQingjian);
    EXPECT_TRUE(a.converted);
    EXPECT_EQ(a.pinyin_removed,
              std::count(kQingjian, kQingjian + std::strlen(kQingjian), '('));  // all are pinyin
    EXPECT_EQ(a.marks_removed, 1);
    EXPECT_EQ(a.published_on, "2020-11-24");
    EXPECT_EQ(a.outlet, "各界新闻网—各界导报");
    EXPECT_EQ(a.authors, (std::vector<std::string>{"许鹏", "李治亮"}));
    EXPECT_EQ(a.title, "");  // the page's first line of text is a paragraph, not a headline
    EXPECT_EQ(reasons(a), (std::vector<std::string>{"dateline", "byline", "byline", "disclaimer"}));
    EXPECT_EQ(a.flagged[0].line, 1);
    EXPECT_EQ(a.flagged[2].text, "编辑: 意杨");
    EXPECT_EQ(a.text,
              "中央政协工作会议召开以来,清涧县政协认真学习习近平总书记重要讲话精神。\n"
              "坚持多管齐下打好加强力量组合拳\n"
              "清涧县政协紧盯政协机关人员力量薄弱的问题,通过多种途径著力推进解决。");
    EXPECT_EQ(a.text.find('('), std::string::npos);
}

TEST(WebPaste, TheDayePageGivesItsHeadlineDateAndContributor) {
    auto a = text::clean_pasted_article(kDaye);
    EXPECT_EQ(a.title, "大冶市政协深入推进模范机关建设");
    EXPECT_EQ(a.published_on, "2022-06-16");
    EXPECT_EQ(a.outlet, "");
    EXPECT_EQ(a.authors, (std::vector<std::string>{"石艳"}));
    EXPECT_EQ(reasons(a),
              (std::vector<std::string>{"page_title", "title", "dateline", "page_chrome", "byline"}));
    EXPECT_EQ(a.text, "近几年,在省政协、黄石市政协的关心指导下,大冶市政协狠抓政治建设、制度建设。");
}

TEST(WebPaste, ABreadcrumbAboveTheHeadlineIsThePagesNotTheTitle) {
    auto a = text::clean_pasted_article(
        "首页 > 新闻中心_清涧政协网\n清涧县政协召开专题协商会\n当前位置：首页 » "
        "工作动态\n会议听取了有关情况汇报。");
    EXPECT_EQ(a.title, "清涧县政协召开专题协商会");
    EXPECT_EQ(reasons(a), (std::vector<std::string>{"page_chrome", "title", "page_chrome"}));
    EXPECT_EQ(a.text, "会议听取了有关情况汇报。");
}

TEST(WebPaste, CleanTextComesBackUnchanged) {
    const std::string body = "近几年，大冶市政协狠抓政治建设。\n第二段。";
    auto a = text::clean_pasted_article(body);
    EXPECT_EQ(a.text, body);
    EXPECT_FALSE(a.converted);
    EXPECT_TRUE(a.flagged.empty());
}
