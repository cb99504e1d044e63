#include <fmt/format.h>

#include "domains/office/publicity/publicity.hpp"
#include "services/export/xlsx.hpp"

namespace zhixie::office::publicity {

namespace {

nlohmann::json grouped(storage::Tx& tx, const std::string& columns, const std::string& group, int year,
                       int64_t committee_id) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r :
         tx.query("SELECT " + columns +
                      ", COUNT(*) AS articles, SUM(a.reward) AS reward FROM office_articles a LEFT "
                      "JOIN bodies b ON b.id = a.body_id WHERE a.committee_id = :c AND "
                      "a.published_on BETWEEN :from AND :to GROUP BY " +
                      group + " ORDER BY reward DESC, articles DESC, " + group,
                  {{"c", committee_id},
                   {"from", fmt::format("{}-01-01", year)},
                   {"to", fmt::format("{}-12-31", year)}})) {
        auto o = r.json();
        o["articles"] = r.i("articles");
        o["reward"] = r.i("reward");
        items.push_back(std::move(o));
    }
    return items;
}

}  // namespace

nlohmann::json publicity_totals(storage::Db& db, const auth::Principal& me, int year) {
    auto tx = db.read();
    auto by_level = grouped(tx, "a.level", "a.level", year, me.committee_id);
    int64_t articles = 0, reward = 0;
    nlohmann::json levels = nlohmann::json::array();
    for (const auto& level : kLevels) {  // every level, in order, with zeros where nothing was published
        nlohmann::json row{{"level", level}, {"articles", 0}, {"reward", 0}};
        for (const auto& x : by_level)
            if (x["level"] == level) row = x;
        articles += row["articles"].get<int64_t>();
        reward += row["reward"].get<int64_t>();
        levels.push_back(row);
    }
    return {
        {"year", year},
        {"articles", articles},
        {"reward", reward},
        {"by_level", levels},
        {"by_person", grouped(tx, "a.author_kind, a.author_id, a.author_name, b.name AS body_name",
                              "a.author_kind, a.author_id, a.author_name, b.name", year, me.committee_id)},
        {"by_body",
         grouped(tx, "a.body_id, b.name AS body_name", "a.body_id, b.name", year, me.committee_id)}};
}

std::string export_totals(storage::Db& db, const auth::Principal& me, int year) {
    auto totals = publicity_totals(db, me, year);
    exporting::Sheet sheet{
        fmt::format("{}年宣传稿件", year), {"姓名", "类别", "所在部门", "稿件数", "奖励金额（元）"}, {}};
    for (const auto& p : totals["by_person"])
        sheet.rows.push_back(
            {p["author_name"].get<std::string>(), p["author_kind"] == "staff" ? "机关干部" : "委员",
             p["body_name"].is_string() ? p["body_name"].get<std::string>() : "",
             std::to_string(p["articles"].get<int64_t>()), std::to_string(p["reward"].get<int64_t>())});
    sheet.rows.push_back({"合计", "", "", std::to_string(totals["articles"].get<int64_t>()),
                          std::to_string(totals["reward"].get<int64_t>())});
    return exporting::to_xlsx(sheet);
}

}  // namespace zhixie::office::publicity
