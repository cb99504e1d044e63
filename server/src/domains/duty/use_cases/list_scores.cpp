#include <algorithm>
#include <cmath>

#include "core/error.hpp"
#include "domains/duty/duty.hpp"
#include "domains/duty/internal.hpp"
#include "storage/like.hpp"

namespace zhixie::duty {

const char* kScoreColumns =
    "x.member_id, x.name, x.is_standing, x.cppcc_post, x.sector_id, x.sector_name, x.total, x.grade, "
    "x.ranking, "
    "x.group_ranking, x.five_ones_met, x.five_ones_total, x.five_ones_missing, x.points, x.computed_at";

ScoreSelection select_scores(storage::Tx& tx, int64_t committee_id, const ScoreQuery& q) {
    ScoreSelection s{"", {{"c", committee_id}, {"y", q.year}}, load_rules(tx, committee_id, q.year).rules};
    // the group (sector or body) is ranked on its own; the other filters only pick rows out of it
    std::string inner =
        "SELECT s.member_id, m.name, m.name_pinyin, m.is_standing, m.cppcc_post, m.sector_id, sec.name AS "
        "sector_name, s.total, s.grade, s.ranking, s.five_ones_met, s.five_ones_total, s.five_ones_missing, "
        "s.points, s.computed_at, RANK() OVER (ORDER BY s.total DESC) AS group_ranking FROM duty_scores s "
        "JOIN "
        "members m ON m.id = s.member_id LEFT JOIN sectors sec ON sec.id = m.sector_id WHERE s.committee_id "
        "= :c "
        "AND s.year = :y";
    if (q.sector_id) {
        inner += " AND m.sector_id = :sector";
        s.params.emplace_back("sector", *q.sector_id);
    }
    if (q.body_id) {
        inner +=
            " AND EXISTS (SELECT 1 FROM member_bodies mb WHERE mb.member_id = s.member_id AND mb.body_id = "
            ":body)";
        s.params.emplace_back("body", *q.body_id);
    }
    std::string outer = "FROM (" + inner + ") x WHERE 1 = 1";
    if (!q.grade.empty()) {
        outer += " AND x.grade = :grade";
        s.params.emplace_back("grade", q.grade);
    }
    if (!q.below.empty()) {
        const Band* b = s.rules.band(q.below);
        if (!b) throw AppError::invalid_field("below", q.below);
        outer += " AND x.total < :below";
        s.params.emplace_back("below", b->min);
    }
    if (q.short_of_five_ones) outer += " AND x.five_ones_met < x.five_ones_total";
    if (!q.q.empty()) {
        outer += " AND (x.name LIKE :q" + std::string(storage::kLikeEscape) + " OR x.name_pinyin LIKE :qp" +
                 std::string(storage::kLikeEscape) + ")";
        s.params.emplace_back("q", storage::like_contains(q.q));
        s.params.emplace_back("qp", storage::like_prefix(q.q));
    }
    s.from_where = outer;
    return s;
}

nlohmann::json five_one_names(const Rules& rules, const nlohmann::json& codes) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& f : rules.five_ones)
        if (std::find(codes.begin(), codes.end(), f.code) != codes.end())
            out.push_back({{"code", f.code}, {"name", f.name}});
    return out;
}

std::map<int64_t, nlohmann::json> bodies_of(storage::Tx& tx, const storage::Rows& rows) {
    std::map<int64_t, nlohmann::json> out;
    if (rows.empty()) return out;
    std::string ids;
    for (const auto& r : rows)
        ids += (ids.empty() ? "" : ",") + std::to_string(r.i("member_id"));
    for (const auto& b : tx.query("SELECT mb.member_id, b.name FROM member_bodies mb JOIN bodies b ON b.id = "
                                  "mb.body_id WHERE mb.member_id IN (" +
                                  ids + ") ORDER BY b.sort, b.id"))
        out[b.i("member_id")].push_back(b.s("name"));
    return out;
}

nlohmann::json score_row_json(const storage::Row& r, const Rules& rules, const nlohmann::json& bodies) {
    auto o = r.json();
    // expressions (the window's rank) come back untyped from SQLite: numbers are made numbers here
    for (const char* k : {"member_id", "ranking", "group_ranking", "five_ones_met", "five_ones_total"})
        o[k] = r.i(k);
    o["total"] = r.d("total");
    o["is_standing"] = r.i("is_standing") != 0;
    o["points"] = nlohmann::json::parse(r.s("points"));
    o["missing"] = five_one_names(rules, nlohmann::json::parse(r.s("five_ones_missing")));
    o.erase("five_ones_missing");
    o["bodies"] = bodies.is_array() ? bodies : nlohmann::json::array();
    return o;
}

nlohmann::json list_scores(storage::Db& db, const auth::Principal& me, const ScoreQuery& q) {
    ensure_fresh(db, me.committee_id, q.year);
    auto tx = db.read();
    auto sel = select_scores(tx, me.committee_id, q);
    storage::Params p = sel.params;
    p.emplace_back("lim", q.page_size);
    p.emplace_back("off", (q.page - 1) * q.page_size);
    const auto rows = tx.query(std::string("SELECT ") + kScoreColumns + " " + sel.from_where +
                                   " ORDER BY x.total DESC, x.member_id LIMIT :lim OFFSET :off",
                               p);
    auto bodies = bodies_of(tx, rows);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : rows)
        items.push_back(score_row_json(r, sel.rules, bodies[r.i("member_id")]));
    nlohmann::json out = {{"items", items}};
    // the figures of the whole selection, per grade in the rules' order
    nlohmann::json grades = nlohmann::json::array();
    int64_t members = 0, complete = 0;
    double sum = 0;
    auto per_grade = tx.query(
        "SELECT x.grade, COUNT(*) AS n, SUM(CASE WHEN x.five_ones_met >= x.five_ones_total THEN 1 ELSE 0 "
        "END) AS "
        "complete, SUM(x.total) AS total_sum " +
            sel.from_where + " GROUP BY x.grade",
        sel.params);
    for (const auto& b : sel.rules.bands) {
        int64_t n = 0;
        for (const auto& g : per_grade)
            if (g.s("grade") == b.grade) n = g.i("n");
        grades.push_back({{"grade", b.grade}, {"count", n}});
    }
    for (const auto& g : per_grade) {
        members += g.i("n");  // the selection's size: the list's total
        complete += g.i("complete");
        sum += g.d("total_sum");
    }
    out["total"] = members;
    out["summary"] = {
        {"members", members},
        {"grades", grades},
        {"five_ones_complete", complete},
        {"average", members ? std::round(sum / static_cast<double>(members) * 100) / 100 : 0.0}};
    auto st = tx.one("SELECT computed_at FROM duty_score_state WHERE committee_id = :c AND year = :y",
                     {{"c", me.committee_id}, {"y", q.year}});
    out["computed_at"] = st ? st->s("computed_at") : "";
    out["year"] = q.year;
    out["five_ones"] = nlohmann::json::array();
    for (const auto& f : sel.rules.five_ones)
        out["five_ones"].push_back({{"code", f.code}, {"name", f.name}});
    out["grades"] = nlohmann::json::array();
    for (const auto& b : sel.rules.bands)
        out["grades"].push_back(b.grade);
    return out;
}

}  // namespace zhixie::duty
