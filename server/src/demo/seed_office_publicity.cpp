// A year of articles in the media with the rewards of each committee's table. Qingjian
// "在各级新闻媒体上发表稿件 200余篇，兑现奖励资金近2万元" (2020): 206 articles — 3 central, 24 provincial, 63
// city, 116 county — at ¥500/200/100/60 make ¥19,560.
#include <algorithm>

#include <fmt/format.h>

#include "core/clock.hpp"
#include "demo/office_seed.hpp"

namespace zhixie::demo {

namespace {

struct Level {
    const char* code;
    int count;
    int64_t reward;
    std::vector<const char*> outlets;
};

std::vector<Level> levels_for(const std::string& code) {
    if (code == "daye")
        return {{"central", 2, 1000, {"人民政协报", "人民政协网"}},
                {"provincial", 12, 300, {"湖北日报", "湖北政协网", "世纪行杂志"}},
                {"city", 30, 150, {"黄石日报", "黄石政协网", "东楚晚报"}},
                {"county", 40, 50, {"大冶市融媒体中心", "大冶发布", "大冶市人民政府网"}}};
    return {{"central", 3, 500, {"人民政协报", "人民政协网", "中国政协杂志"}},
            {"provincial", 24, 200, {"陕西日报", "各界导报", "各界新闻网", "陕西政协网"}},
            {"city", 63, 100, {"榆林日报", "榆林政协网", "榆林广播电视台"}},
            {"county", 116, 60, {"清涧县融媒体中心", "今日清涧", "清涧县人民政府网"}}};
}

const std::vector<const char*> kTopics = {
    "红枣产业提质增效", "农村人居环境整治", "黄河流域生态保护", "县域经济高质量发展", "乡村振兴",
    "义务教育均衡发展", "基层医疗服务",     "文化旅游融合发展", "常态化疫情防控",     "巩固脱贫攻坚成果",
    "民营经济发展",     "农村饮水安全",     "老旧小区改造",     "营商环境优化"};
const std::vector<const char*> kHeadlines = {
    "{}政协开展“{}”专题视察", "{}政协召开“{}”专题协商会", "{}政协委员深入一线调研{}", "{}政协为{}建言献策",
    "{}政协民主监督助推{}",   "{}政协委员聚焦{}积极履职", "{}政协机关党支部助力{}",   "{}政协举办讲坛聚焦{}"};

}  // namespace

void seed_office_publicity(OfficeSeed& s) {
    const bool daye = s.code == "daye";
    const int year = daye ? 2021 : 2020;
    const std::string now = clock::now_iso();
    const auto levels = levels_for(s.code);
    for (const auto& l : levels)
        s.tx.exec(
            "INSERT INTO office_reward_rules (committee_id, level, amount, updated_at) VALUES (:c, :l, :a, "
            ":now)",
            {{"c", s.me.committee_id}, {"l", std::string(l.code)}, {"a", l.reward}, {"now", now}});
    // the office's writers publish most; the office's correspondent (通讯员: 薛海涛 / 程浩然) most of all
    auto writers = s.serving();
    const std::string correspondent_name = s.code == "daye" ? "程浩然" : "薛海涛";
    auto found = std::find_if(writers.begin(), writers.end(),
                              [&](const OfficeStaff* w) { return w->name == correspondent_name; });
    const OfficeStaff* correspondent = found != writers.end() ? *found : writers[2];
    std::vector<std::pair<int64_t, std::string>> members;
    for (const auto& m :
         s.tx.query("SELECT id, name FROM members WHERE committee_id = :c AND is_standing = 1 ORDER BY "
                    "id LIMIT 4",
                    {{"c", s.me.committee_id}}))
        members.emplace_back(m.i("id"), m.s("name"));
    const std::string place = s.place.substr(0, s.place.size() - 3);  // 清涧 / 大冶
    int n = 0;
    for (const auto& l : levels) {
        for (int k = 0; k < l.count; ++k, ++n) {
            const int pick = s.below(10);
            std::string kind = "staff", name;
            int64_t author = 0;
            storage::Value body;
            if (pick == 0 && !members.empty()) {
                const auto& m = members[static_cast<size_t>(s.below(static_cast<int>(members.size())))];
                kind = "member";
                author = m.first;
                name = m.second;
            } else {
                const OfficeStaff* w =
                    pick < 5 ? correspondent
                             : writers[static_cast<size_t>(s.below(static_cast<int>(writers.size())))];
                author = w->id;
                name = w->name;
                body = w->body_id;
            }
            const std::string headline = fmt::format(
                fmt::runtime(kHeadlines[static_cast<size_t>(s.below(static_cast<int>(kHeadlines.size())))]),
                place, kTopics[static_cast<size_t>(s.below(static_cast<int>(kTopics.size())))]);
            // spread over the year up to the report (Qingjian's is dated 24 November 2020)
            const std::string date =
                fmt::format("{}-{:02d}-{:02d}", year, 1 + (n * 7) % (daye ? 12 : 11), 1 + s.below(28));
            s.tx.exec(
                "INSERT INTO office_articles (committee_id, title, outlet, level, published_on, link, "
                "author_kind, "
                "author_id, author_name, body_id, reward, created_by, created_at, updated_at) VALUES (:c, "
                ":t, :o, :l, "
                ":d, '', :k, :a, :n, :b, :r, :by, :now, :now)",
                {{"c", s.me.committee_id},
                 {"t", headline},
                 {"o", std::string(l.outlets[static_cast<size_t>(k) % l.outlets.size()])},
                 {"l", std::string(l.code)},
                 {"d", date},
                 {"k", kind},
                 {"a", author},
                 {"n", name},
                 {"b", body},
                 {"r", l.reward},
                 {"by", s.by()},
                 {"now", now}});
        }
    }
}

}  // namespace zhixie::demo
