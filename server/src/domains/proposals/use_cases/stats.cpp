#include <cmath>

#include "core/clock.hpp"
#include "domains/proposals/query.hpp"

namespace zhixie::proposals {

namespace {

// Every figure of one group as SUM(CASE …) columns, from the same conditions the list filters by.
std::string sums() {
    std::string out;
    for (const auto& [name, sql] : metrics())
        out += ", SUM(CASE WHEN " + sql + " THEN 1 ELSE 0 END) AS \"" + name +
               "\"";  // quoted: PostgreSQL folds case
    return out;
}

double percent(int64_t part, int64_t whole) {
    return whole ? std::round(1000.0 * static_cast<double>(part) / static_cast<double>(whole)) / 10.0 : 0.0;
}

// The list filter of the request, for drilling down.
nlohmann::json base_filter(const ListQuery& q) {
    nlohmann::json f = nlohmann::json::object();
    if (q.year) f["year"] = *q.year;
    if (q.session) f["session"] = *q.session;
    for (const auto& [k, v] : {std::pair{"state", &q.state},
                               {"category", &q.category},
                               {"kind", &q.kind},
                               {"source", &q.source},
                               {"q", &q.q}})
        if (!v->empty()) f[k] = *v;
    for (const auto& [k, v] :
         {std::pair{"unit_id", &q.unit_id}, {"sector_id", &q.sector_id}, {"member_id", &q.member_id}})
        if (*v) f[k] = **v;
    return f;
}

// The counts, the rates people report, and the list filter the counts drill down to (with `metric` set to the
// count's name; null when the list cannot ask for the group, e.g. "no sector"). One filter a group, not one a
// count: the member table of a committee-year had 27 copies of it in each of ~300 rows (800 KB a response).
nlohmann::json figures(const storage::Row& r, const nlohmann::json& filter) {
    nlohmann::json counts = nlohmann::json::object();
    for (const auto& [name, sql] : metrics())
        counts[name] = r.i(name);
    const int64_t classes = r.i("class_A") + r.i("class_B") + r.i("class_C") + r.i("class_D");
    nlohmann::json rates = {
        {"accepted", percent(r.i("accepted"), r.i("received"))},
        {"on_time", percent(r.i("on_time"), r.i("assigned"))},
        {"class_A", percent(r.i("class_A"), classes)},
        {"class_B", percent(r.i("class_B"), classes)},
        {"class_C", percent(r.i("class_C"), classes)},
        {"class_D", percent(r.i("class_D"), classes)},
        {"work_satisfaction", percent(r.i("work_satisfied") + r.i("work_basic"), r.i("feedback"))},
        {"result_satisfaction", percent(r.i("result_satisfied") + r.i("result_basic"), r.i("feedback"))},
    };
    return {{"counts", counts}, {"rates", rates}, {"filter", filter}};
}

nlohmann::json groups(storage::Tx& tx, const Filter& f, const std::string& key, const std::string& name,
                      const std::string& joins, const nlohmann::json& filter, const char* filter_key) {
    auto params = f.params;
    params.emplace_back("now", clock::now_iso());
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : tx.query("SELECT " + key + " AS group_key, " + name + " AS group_name" + sums() +
                                      f.from + joins + " WHERE " + f.cond + " GROUP BY " + key + ", " + name +
                                      " ORDER BY received DESC, "
                                      "group_name",
                                  params)) {
        const auto row = r.json();
        nlohmann::json drill = filter;
        if (r.is_null("group_key") || r.s("group_key").empty())
            drill = nullptr;  // the list cannot ask for "no category" or "no sector"
        else
            drill[filter_key] = row["group_key"];
        auto g = figures(r, drill);
        g["key"] = row["group_key"];
        g["name"] = row["group_name"];
        out.push_back(std::move(g));
    }
    return out;
}

}  // namespace

// The year's figures — received, accepted (立案) and the rate, merged, assigned, on time, reply classes,
// satisfaction, the share of members who filed — overall and by category, session, unit, sector and member.
// Every count is computed from the cases by the same condition the list uses for its metric filter.
nlohmann::json stats(storage::Db& db, const auth::Principal& me, ListQuery q) {
    if (!q.year) q.year = std::stoll(clock::today_cst().substr(0, 4));
    q.metric.clear();
    q.overdue = q.key = false;
    auto tx = db.read();
    auto who = caller_of(tx, me);
    Filter f = proposal_filter(who, q, false);
    join_latest_feedback(f);
    const nlohmann::json filter = base_filter(q);
    auto params = f.params;
    params.emplace_back("now", clock::now_iso());
    auto totals = tx.one("SELECT COUNT(*) AS n" + sums() + f.where(), params);
    auto out = figures(*totals, filter);
    out["year"] = *q.year;
    const int64_t filed =
        tx.one(
              "SELECT COUNT(DISTINCT s.member_id) AS n FROM proposal_signers s WHERE s.status = "
              "'confirmed' AND s.proposal_id IN (SELECT p.id" +
                  f.where() + " AND p.submitted_at IS NOT NULL)",
              f.params)
            ->i("n");
    const int64_t serving = tx.one(
                                  "SELECT COUNT(*) AS n FROM members m JOIN terms t ON t.id = m.term_id AND "
                                  "t.is_current = 1 WHERE m.committee_id = :c AND m.status = '在任'",
                                  {{"c", me.committee_id}})
                                ->i("n");
    out["members"] = {{"filed", filed}, {"serving", serving}};
    out["rates"]["members_filed"] = percent(filed, serving);
    out["by_category"] = groups(tx, f, "p.category", "p.category", "", filter, "category");
    out["by_session"] = groups(tx, f, "p.session", "p.session", "", filter, "session");
    out["by_unit"] =
        groups(tx, f, "pu.unit_id", "un.name",
               " JOIN proposal_units pu ON pu.proposal_id = p.id AND pu.active = 1 JOIN units un ON un.id "
               "= pu.unit_id",
               filter, "unit_id");
    out["by_sector"] = groups(tx, f, "p.sector_id", "sec.name",
                              " LEFT JOIN sectors sec ON sec.id = p.sector_id", filter, "sector_id");
    out["by_member"] =
        groups(tx, f, "gs.member_id", "gm.name",
               " JOIN proposal_signers gs ON gs.proposal_id = p.id AND gs.status = 'confirmed' JOIN "
               "members gm ON gm.id = gs.member_id",
               filter, "member_id");
    return out;
}

}  // namespace zhixie::proposals
