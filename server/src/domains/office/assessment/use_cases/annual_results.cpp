#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/assessment/assessment.hpp"
#include "domains/office/common.hpp"

namespace zhixie::office::assessment {

nlohmann::json list_annual_results(storage::Db& db, const auth::Principal& me) {
    auto tx = db.read();
    return items_json(
        tx.query("SELECT id, year, rank, units, grade, commendations, version, updated_at FROM "
                 "office_annual_results WHERE committee_id = :c ORDER BY year DESC",
                 {{"c", me.committee_id}}));
}

nlohmann::json set_annual_result_in(storage::Tx& tx, const auth::Principal& me, const audit::Actor& actor,
                                    Lang lang, const AnnualResult& r) {
    FieldErrors e;
    if (r.year < 1949 || r.year > 2200)
        e.add("year", "field_out_of_range", {{"value", r.year}, {"max", 2200}});
    const int64_t most = r.units.value_or(10000);
    if (most < 1 || most > 10000) e.add("units", "field_out_of_range", {{"value", most}, {"max", 10000}});
    if (r.rank < 1 || r.rank > most) e.add("rank", "field_out_of_range", {{"value", r.rank}, {"max", most}});
    max_chars(e, "grade", r.grade, 20);
    max_chars(e, "commendations", r.commendations, 1000);
    e.throw_if_any(lang, labels());
    auto before = tx.one(
        "SELECT id, rank, units, grade, version FROM office_annual_results WHERE committee_id = :c "
        "AND year = :y",
        {{"c", me.committee_id}, {"y", r.year}});
    storage::Params p{{"c", me.committee_id},       {"y", r.year},      {"rank", r.rank},
                      {"units", nullable(r.units)}, {"grade", r.grade}, {"comm", r.commendations},
                      {"now", clock::now_iso()}};
    if (before) {
        if (r.version) expect_version(before->i("version"), *r.version);
        tx.exec(
            "UPDATE office_annual_results SET rank = :rank, units = :units, grade = :grade, commendations = "
            ":comm, "
            "version = version + 1, updated_at = :now WHERE committee_id = :c AND year = :y",
            p);
    } else {
        tx.exec(
            "INSERT INTO office_annual_results (committee_id, year, rank, units, grade, commendations, "
            "updated_at) "
            "VALUES (:c, :y, :rank, :units, :grade, :comm, :now)",
            p);
    }
    audit::append(tx, actor, "office_annual_result.recorded", "office_annual_result", std::to_string(r.year),
                  {{"before", before ? before->json() : nlohmann::json()},
                   {"after",
                    {{"rank", r.rank},
                     {"units", r.units ? nlohmann::json(*r.units) : nlohmann::json()},
                     {"grade", r.grade}}}});
    auto out = tx.one(
                     "SELECT id, year, rank, units, grade, commendations, version, updated_at FROM "
                     "office_annual_results WHERE committee_id = :c AND year = :y",
                     {{"c", me.committee_id}, {"y", r.year}})
                   ->json();
    return out;
}

nlohmann::json set_annual_result(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                 Lang lang, const AnnualResult& r) {
    auto tx = db.write();
    auto out = set_annual_result_in(tx, me, actor, lang, r);
    tx.commit();
    return out;
}

}  // namespace zhixie::office::assessment
