#include <fmt/format.h>

#include "domains/duty/duty.hpp"
#include "domains/duty/internal.hpp"
#include "services/duty/duty_records.hpp"

namespace zhixie::duty {

std::string status_name(const std::string& status) {
    if (status == "confirmed") return "已确认";
    if (status == "pending") return "待审核";
    if (status == "rejected") return "未通过";
    return status;
}

namespace {

nlohmann::json member_json(storage::Tx& tx, int64_t committee_id, int64_t member_id) {
    auto m = tx.one(
        "SELECT m.id, m.name, m.gender, m.cppcc_post, m.is_standing, m.work_unit, m.job_title, m.sector_id, "
        "sec.name AS sector_name, t.name AS term_name FROM members m JOIN terms t ON t.id = m.term_id LEFT "
        "JOIN "
        "sectors sec ON sec.id = m.sector_id WHERE m.id = :id AND m.committee_id = :c",
        {{"id", member_id}, {"c", committee_id}});
    if (!m) throw AppError::not_found();
    auto o = m->json();
    o["is_standing"] = m->i("is_standing") != 0;
    o["bodies"] = nlohmann::json::array();
    for (const auto& b :
         tx.query("SELECT b.name, mb.post FROM member_bodies mb JOIN bodies b ON b.id = mb.body_id "
                  "WHERE mb.member_id = :m ORDER BY b.sort, b.id",
                  {{"m", member_id}}))
        o["bodies"].push_back(b.json());
    return o;
}

nlohmann::json ranks_json(storage::Tx& tx, int64_t committee_id, int64_t year, const nlohmann::json& member,
                          double total) {
    // every statement gets exactly the parameters it names
    const storage::Params in_year{{"c", committee_id}, {"y", year}};
    storage::Params p = in_year;
    p.emplace_back("m", member["id"].get<int64_t>());
    auto mine =
        tx.one("SELECT ranking FROM duty_scores WHERE committee_id = :c AND year = :y AND member_id = :m", p);
    auto all = tx.one("SELECT COUNT(*) AS n FROM duty_scores WHERE committee_id = :c AND year = :y", in_year);
    nlohmann::json o = {{"ranking", mine ? nlohmann::json(mine->i("ranking")) : nlohmann::json(nullptr)},
                        {"of", all->i("n")},
                        {"sector_ranking", nullptr},
                        {"sector_of", 0}};
    if (!mine || member["sector_id"].is_null()) return o;
    p = in_year;
    p.emplace_back("sector", member["sector_id"].get<int64_t>());
    p.emplace_back("t", total);
    auto sector = tx.one(
        "SELECT COUNT(*) AS n, SUM(CASE WHEN s.total > :t THEN 1 ELSE 0 END) AS above FROM duty_scores s "
        "JOIN "
        "members m ON m.id = s.member_id WHERE s.committee_id = :c AND s.year = :y AND m.sector_id = :sector",
        p);
    o["sector_ranking"] = sector->i("above") + 1;
    o["sector_of"] = sector->i("n");
    return o;
}

}  // namespace

nlohmann::json dossier_json(storage::Tx& tx, int64_t committee_id, int64_t member_id, int64_t year) {
    auto member = member_json(tx, committee_id, member_id);
    const StoredRules stored = load_rules(tx, committee_id, year);
    const Rules& rules = stored.rules;
    const Score score = score_member(rules, member_id, tallies(tx, committee_id, year, member_id));
    nlohmann::json kinds = nlohmann::json::array();
    for (auto k : all_kinds()) {
        auto it = score.kinds.find(std::string(k));
        if (it == score.kinds.end()) continue;
        const Item* item = rules.item(k);
        const bool absent = k == kind::meeting_absent;
        kinds.push_back({{"kind", k},
                         {"name", kind_name(k)},
                         {"count", it->second.count},
                         {"points", it->second.points},
                         {"capped", it->second.capped},
                         {"each", absent ? -rules.absence_penalty
                                  : item ? item->points
                                         : 0.0},
                         {"cap", item && item->cap ? nlohmann::json(*item->cap) : nlohmann::json(nullptr)}});
    }
    storage::Params p{{"c", committee_id}, {"y", year}, {"m", member_id}};
    nlohmann::json records = nlohmann::json::array();
    for (const auto& r : tx.query(
             "SELECT id, occurred_on, kind, source_type, source_id, title, share, status, detail FROM "
             "duty_records "
             "WHERE committee_id = :c AND year = :y AND member_id = :m ORDER BY occurred_on DESC, id DESC",
             p)) {
        auto o = r.json();
        o["detail"] = nlohmann::json::parse(r.s("detail"), nullptr, false);
        o["kind_name"] = kind_name(r.s("kind"));
        o["status_name"] = status_name(r.s("status"));
        records.push_back(o);
    }
    const storage::Params in_year{{"c", committee_id}, {"y", year}};
    p = {{"c", committee_id},
         {"m", member_id},
         {"first", fmt::format("{}-01-01", year)},
         {"last", fmt::format("{}-12-31", year)}};
    nlohmann::json reports = nlohmann::json::array();
    for (const auto& r : tx.query("SELECT id, kind, occurred_on, title, description, status, reason, "
                                  "reviewed_at, version, created_at "
                                  "FROM duty_reports WHERE committee_id = :c AND member_id = :m AND "
                                  "occurred_on BETWEEN :first AND "
                                  ":last ORDER BY occurred_on DESC, id DESC",
                                  p)) {
        auto o = r.json();
        o["kind_name"] = kind_name(r.s("kind"));
        o["status_name"] = status_name(r.s("status"));
        reports.push_back(o);
    }
    auto state =
        tx.one("SELECT computed_at FROM duty_score_state WHERE committee_id = :c AND year = :y", in_year);
    nlohmann::json ranks = ranks_json(tx, committee_id, year, member, score.total);
    nlohmann::json grades = nlohmann::json::array(), report_kinds = nlohmann::json::array();
    for (const auto& b : rules.bands)
        grades.push_back(b.grade);
    for (auto k : all_kinds())
        if (self_reportable(k)) report_kinds.push_back(k);
    return {{"member", member},
            {"grades", grades},
            {"report_kinds", report_kinds},
            {"year", year},
            {"full_score", rules.full_score},
            {"base_score", rules.base_score},
            {"score", {{"total", score.total}, {"grade", score.grade}}},
            {"ranks", ranks},
            {"kinds", kinds},
            {"five_ones", five_ones_json(score)},
            {"five_ones_met", score.five_ones_met()},
            {"five_ones_total", score.five_ones.size()},
            {"records", records},
            {"reports", reports},
            {"rules_version", stored.version},
            {"computed_at", state ? state->s("computed_at") : ""}};
}

nlohmann::json dossier(storage::Db& db, const auth::Principal& me, int64_t member_id, int64_t year) {
    ensure_fresh(db, me.committee_id, year);
    auto tx = db.read();
    return dossier_json(tx, me.committee_id, member_id, year);
}

int64_t my_member_id(storage::Db& db, const auth::Principal& me) {
    auto tx = db.read();
    auto r = tx.one(
        "SELECT m.id FROM members m JOIN terms t ON t.id = m.term_id AND t.is_current = 1 WHERE "
        "m.committee_id = "
        ":c AND m.user_id = :u",
        {{"c", me.committee_id}, {"u", me.user_id}});
    if (!r) throw AppError(404, "not_a_member");
    return r->i("id");
}

}  // namespace zhixie::duty
