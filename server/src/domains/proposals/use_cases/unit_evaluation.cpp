#include <algorithm>
#include <cmath>
#include <map>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

namespace {

// 民主评议: each part is worth 20 points — replies on time, contact with the proposers, the quality of the
// replies (A 100%, B 80%, C 60%, D 50%), the proposers' satisfaction with the work — and the evaluation
// meeting adds up to 20 more.
constexpr double kPart = 20.0;

double share(int64_t part, int64_t whole) {
    return whole ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

double round1(double v) {
    return std::round(v * 10.0) / 10.0;
}

}  // namespace

nlohmann::json unit_evaluation(storage::Db& db, const auth::Principal& me, std::optional<int64_t> year) {
    auto tx = db.read();
    const int64_t y = year.value_or(std::stoll(clock::today_cst().substr(0, 4)));
    const storage::Params k{{"c", me.committee_id}, {"y", y}};
    std::map<int64_t, nlohmann::json> units;
    for (const auto& r : tx.query("SELECT pu.unit_id, un.name, COUNT(DISTINCT p.id) AS assigned, "
                                  "COUNT(DISTINCT CASE WHEN p.replied_at IS NOT "
                                  "NULL AND p.replied_at <= p.handling_due THEN p.id END) AS on_time, "
                                  "COUNT(DISTINCT CASE WHEN EXISTS "
                                  "(SELECT 1 FROM proposal_contacts pc WHERE pc.proposal_id = p.id AND "
                                  "pc.unit_id = pu.unit_id) THEN p.id "
                                  "END) AS contacted FROM proposal_units pu JOIN proposals p ON p.id = "
                                  "pu.proposal_id JOIN units un ON un.id "
                                  "= pu.unit_id WHERE pu.active = 1 AND p.committee_id = :c AND p.year = :y "
                                  "GROUP BY pu.unit_id, un.name",
                                  k))
        units[r.i("unit_id")] = {{"unit_id", r.i("unit_id")},
                                 {"name", r.s("name")},
                                 {"assigned", r.i("assigned")},
                                 {"on_time", r.i("on_time")},
                                 {"contacted", r.i("contacted")}};
    for (const auto& r : tx.query("SELECT r.unit_id, COUNT(*) AS replies, SUM(CASE "
                                  "COALESCE(NULLIF(r.reviewed_class, ''), r.reply_class) "
                                  "WHEN 'A' THEN 100 WHEN 'B' THEN 80 WHEN 'C' THEN 60 ELSE 50 END) AS "
                                  "class_points FROM proposal_replies r "
                                  "JOIN proposals p ON p.id = r.proposal_id WHERE p.committee_id = :c AND "
                                  "p.year = :y AND r.kind = 'reply' "
                                  "AND r.returned = 0 GROUP BY r.unit_id",
                                  k))
        if (units.count(r.i("unit_id"))) {
            units[r.i("unit_id")]["replies"] = r.i("replies");
            units[r.i("unit_id")]["class_points"] = r.i("class_points");
        }
    for (const auto& r : tx.query("SELECT pu.unit_id, COUNT(*) AS ratings, SUM(CASE WHEN f.work IN ('满意', "
                                  "'基本满意') THEN 1 ELSE 0 END) "
                                  "AS satisfied FROM proposal_feedback f JOIN proposals p ON p.id = "
                                  "f.case_proposal_id JOIN proposal_units "
                                  "pu ON pu.proposal_id = f.case_proposal_id AND pu.active = 1 AND pu.role "
                                  "IN ('lead', 'split') WHERE "
                                  "p.committee_id = :c AND p.year = :y GROUP BY pu.unit_id",
                                  k))
        if (units.count(r.i("unit_id"))) {
            units[r.i("unit_id")]["ratings"] = r.i("ratings");
            units[r.i("unit_id")]["satisfied"] = r.i("satisfied");
        }
    for (const auto& r :
         tx.query("SELECT unit_id, manual_score, note FROM unit_evaluations WHERE committee_id = :c "
                  "AND year = :y",
                  k))
        if (units.count(r.i("unit_id"))) {
            units[r.i("unit_id")]["manual_score"] = r.d("manual_score");
            units[r.i("unit_id")]["note"] = r.s("note");
        }
    nlohmann::json items = nlohmann::json::array();
    for (auto& [id, u] : units) {
        auto n = [&](const char* key) { return u.value(key, int64_t{0}); };
        const double timeliness = kPart * share(n("on_time"), n("assigned"));
        const double contact = kPart * share(n("contacted"), n("assigned"));
        const double quality =
            n("replies") ? kPart * static_cast<double>(n("class_points")) / (100.0 * n("replies")) : 0;
        const double satisfaction = kPart * share(n("satisfied"), n("ratings"));
        const double manual = u.value("manual_score", 0.0);
        u["scores"] = {{"timeliness", round1(timeliness)},
                       {"contact", round1(contact)},
                       {"quality", round1(quality)},
                       {"satisfaction", round1(satisfaction)},
                       {"manual", round1(manual)},
                       {"total", round1(timeliness + contact + quality + satisfaction + manual)}};
        if (!u.contains("note")) u["note"] = "";
        items.push_back(u);
    }
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
        return a["scores"]["total"].template get<double>() > b["scores"]["total"].template get<double>();
    });
    for (size_t k2 = 0; k2 < items.size(); ++k2)
        items[k2]["rank"] = k2 + 1;
    return {{"year", y}, {"items", items}, {"total", items.size()}};
}

nlohmann::json set_manual_score(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                Lang lang, int64_t year, int64_t unit_id, double score,
                                const std::string& note) {
    FieldErrors e;
    if (score < 0 || score > kPart)
        e.add("score", "field_out_of_range", {{"min", 0}, {"max", kPart}, {"value", score}});
    if (year < 2000 || year > 2100)
        e.add("year", "field_out_of_range", {{"min", 2000}, {"max", 2100}, {"value", year}});
    auto tx = db.write();
    if (!tx.one("SELECT id FROM units WHERE id = :u AND committee_id = :c",
                {{"u", unit_id}, {"c", me.committee_id}}))
        e.add("unit", "field_unknown_ref", {{"value", unit_id}});
    e.throw_if_any(lang, labels());
    auto before = tx.one(
        "SELECT manual_score FROM unit_evaluations WHERE committee_id = :c AND year = :y AND unit_id = :u",
        {{"c", me.committee_id}, {"y", year}, {"u", unit_id}});
    tx.exec(
        "INSERT INTO unit_evaluations (committee_id, year, unit_id, manual_score, note, updated_by, "
        "updated_at) VALUES "
        "(:c, :y, :u, :s, :n, :by, :now) ON CONFLICT (committee_id, year, unit_id) DO UPDATE SET "
        "manual_score = "
        "excluded.manual_score, note = excluded.note, updated_by = excluded.updated_by, updated_at = "
        "excluded.updated_at",
        {{"c", me.committee_id},
         {"y", year},
         {"u", unit_id},
         {"s", score},
         {"n", note},
         {"by", me.user_id},
         {"now", clock::now_iso()}});
    audit::append(
        tx, actor, "proposal.unit_scored", "unit", std::to_string(unit_id),
        {{"year", year},
         {"before", {{"manual_score", before ? nlohmann::json(before->d("manual_score")) : nullptr}}},
         {"after", {{"manual_score", score}}}});
    tx.commit();
    return unit_evaluation(db, me, year);
}

}  // namespace zhixie::proposals
