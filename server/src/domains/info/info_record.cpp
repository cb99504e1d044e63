#include "core/clock.hpp"
#include "core/input.hpp"
#include "domains/info/info.hpp"

namespace zhixie::info {

const std::vector<std::string> kAdoptionLevels = {"committee", "city", "province", "national"};
const std::vector<std::string> kScoreLevels = {"committee", "city", "province", "national", "instruction"};
const std::vector<std::string> kLeaderLevels = {"local", "city", "province", "national"};

const FieldLabels& labels() {
    static const FieldLabels l = {
        {"title", {"标题", "Title"}},
        {"member_id", {"报送委员", "Member"}},
        {"text", {"正文", "Text"}},
        {"ids", {"合并的信息", "Items to merge"}},
        {"analysis", {"选题分析", "Selection analysis"}},
        {"level", {"采用层级", "Level"}},
        {"outlet", {"采用载体", "Outlet"}},
        {"adopted_on", {"采用日期", "Adopted on"}},
        {"note", {"备注", "Note"}},
        {"leader", {"批示领导", "Leader"}},
        {"leader_level", {"领导层级", "Leader's level"}},
        {"instructed_on", {"批示日期", "Instructed on"}},
        {"max_chars", {"字数上限", "Length limit"}},
        {"scores", {"计分标准", "Scores"}},
    };
    return l;
}

const ScoreTable& default_scores() {
    static const ScoreTable t = {
        {"committee", 5}, {"city", 8}, {"province", 12}, {"national", 20}, {"instruction", 10}};
    return t;
}

int64_t points_for(const ScoreTable& table, const std::string& level) {
    if (auto it = table.find(level); it != table.end()) return it->second;
    auto d = default_scores().find(level);
    return d == default_scores().end() ? 0 : d->second;
}

void check_length(FieldErrors& e, const std::string& field, const std::string& text, int64_t max_chars) {
    if (static_cast<int64_t>(input::utf8_length(text)) > max_chars)
        e.add(field, "field_too_long", {{"max", max_chars}, {"length", input::utf8_length(text)}});
}

ScoreTable score_table(storage::Tx& tx, int64_t committee_id) {
    ScoreTable t = default_scores();
    for (const auto& r : tx.query("SELECT level, points FROM info_score_rules WHERE committee_id = :c",
                                  {{"c", committee_id}}))
        t[r.s("level")] = r.i("points");
    return t;
}

int64_t max_chars_of(storage::Tx& tx, int64_t committee_id) {
    auto r = tx.one("SELECT max_chars FROM info_settings WHERE committee_id = :c", {{"c", committee_id}});
    return r ? r->i("max_chars") : kDefaultMaxChars;
}

void check_not_future(FieldErrors& e, const std::string& field, const std::string& v) {
    const std::string today = clock::today_cst();
    if (check::date(e, field, v, true) && v > today)
        e.add(field, "field_date_in_future", {{"value", v}, {"today", today}});
}

std::optional<int64_t> member_of(storage::Tx& tx, const auth::Principal& me) {
    auto r = tx.one(
        "SELECT m.id FROM members m JOIN terms t ON t.id = m.term_id AND t.is_current = 1 WHERE "
        "m.committee_id = :c AND m.user_id = :u",
        {{"c", me.committee_id}, {"u", me.user_id}});
    if (!r) return std::nullopt;
    return r->i("id");
}

Item load_item(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r =
        tx.one("SELECT id, year, state, title, version FROM info_items WHERE id = :id AND committee_id = :c",
               {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    return {r->i("id"), static_cast<int>(r->i("year")), r->s("state"), r->s("title"), r->i("version")};
}

void expect_version(const Item& it, std::optional<int64_t> sent) {
    if (sent && *sent != it.version)
        throw AppError::conflict("stale_version", {{"current_version", it.version}});
}

std::vector<int64_t> submitters(storage::Tx& tx, int64_t committee_id, int64_t item_id) {
    std::vector<int64_t> out;
    for (const auto& r :
         tx.query("SELECT member_id FROM info_submitters WHERE committee_id = :c AND item_id = "
                  ":id ORDER BY member_id",
                  {{"c", committee_id}, {"id", item_id}}))
        out.push_back(r.i("member_id"));
    return out;
}

void touch(storage::Tx& tx, int64_t id, const std::string& state) {
    tx.exec(
        "UPDATE info_items SET version = version + 1, updated_at = :now, state = CASE WHEN :s = '' THEN "
        "state ELSE :s END WHERE id = :id",
        {{"now", clock::now_iso()}, {"s", state}, {"id", id}});
}

nlohmann::json item_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(
        "SELECT i.id, i.year, i.title, i.text, i.original_title, i.original_text, i.state, i.analysis, "
        "i.merged_into, i.submitted_on, i.edited_at, u.display_name AS edited_by, i.version, i.created_at, "
        "i.updated_at FROM info_items i LEFT JOIN users u ON u.id = i.edited_by WHERE i.id = :id AND "
        "i.committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    auto o = r->json();
    o["edited"] = r->s("text") != r->s("original_text") || r->s("title") != r->s("original_title");
    o["length"] = input::utf8_length(r->s("text"));
    const storage::Params p = {{"c", committee_id}, {"id", id}};
    nlohmann::json people = nlohmann::json::array();
    for (const auto& m :
         tx.query("SELECT s.member_id, m.name, s.original_item_id FROM info_submitters s JOIN "
                  "members m ON m.id = s.member_id WHERE s.committee_id = :c AND s.item_id = "
                  ":id ORDER BY m.name_pinyin",
                  p))
        people.push_back(m.json());
    o["submitters"] = people;
    int64_t score = 0;
    nlohmann::json adoptions = nlohmann::json::array();
    for (const auto& a :
         tx.query("SELECT id, level, outlet, adopted_on, points, note FROM info_adoptions WHERE "
                  "committee_id = :c AND item_id = :id ORDER BY adopted_on, id",
                  p)) {
        score += a.i("points");
        adoptions.push_back(a.json());
    }
    o["adoptions"] = adoptions;
    nlohmann::json instructions = nlohmann::json::array();
    for (const auto& a :
         tx.query("SELECT id, leader, level, text, instructed_on, points FROM info_instructions "
                  "WHERE committee_id = :c AND item_id = :id ORDER BY instructed_on, id",
                  p)) {
        score += a.i("points");
        instructions.push_back(a.json());
    }
    o["instructions"] = instructions;
    o["score"] = score;
    nlohmann::json merged = nlohmann::json::array();
    for (const auto& m :
         tx.query("SELECT id, title FROM info_items WHERE committee_id = :c AND merged_into = "
                  ":id ORDER BY id",
                  p))
        merged.push_back(m.json());
    o["merged_from"] = merged;
    return o;
}

}  // namespace zhixie::info
