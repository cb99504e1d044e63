#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/villages/villages.hpp"

namespace zhixie::office::villages {

namespace {
void check_stay(FieldErrors& e, const CadreFields& f) {
    check::required(e, "role", f.role, 50);
    bool dates = check::date(e, "start_date", f.start_date, true);
    dates = check::date(e, "end_date", f.end_date, false) && dates;
    if (dates && !f.end_date.empty() && f.end_date < f.start_date)
        e.add("end_date", "field_dates_out_of_order", {{"value", f.end_date}});
}

nlohmann::json stay_brief(int64_t id, const std::string& staff, const std::string& role,
                          const std::string& start_date, const std::string& end_date) {
    return {{"cadre_id", id},
            {"staff", staff},
            {"role", role},
            {"start_date", start_date},
            {"end_date", end_date}};
}
}  // namespace

nlohmann::json station_cadre(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             int64_t village_id, const CadreFields& f) {
    auto tx = db.write();
    village_json(tx, me.committee_id, village_id);  // 404 first
    FieldErrors e;
    auto staff = find_staff(tx, me.committee_id, f.staff_id);
    if (!staff) e.add("staff_id", "field_unknown_ref", {{"value", f.staff_id}});
    check_stay(e, f);
    e.throw_if_any(lang, labels());
    int64_t id = tx.insert(
        "INSERT INTO office_village_cadres (committee_id, village_id, staff_id, role, start_date, end_date, "
        "created_at) VALUES (:c, :v, :s, :role, :start, :end, :now) RETURNING id",
        {{"c", me.committee_id},
         {"v", village_id},
         {"s", f.staff_id},
         {"role", f.role},
         {"start", f.start_date},
         {"end", f.end_date},
         {"now", clock::now_iso()}});
    audit::append(tx, actor, "office_village.cadre_stationed", "office_village", std::to_string(village_id),
                  {{"after", stay_brief(id, staff->s("name"), f.role, f.start_date, f.end_date)}});
    auto out = village_json(tx, me.committee_id, village_id);
    tx.commit();
    return out;
}

nlohmann::json update_cadre(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            int64_t cadre_id, int64_t version, const CadreFields& f) {
    auto tx = db.write();
    auto before = tx.one(
        "SELECT vc.village_id, s.name AS staff_name, vc.role, vc.start_date, vc.end_date, vc.version FROM "
        "office_village_cadres vc JOIN staff s ON s.id = vc.staff_id WHERE vc.id = :id AND vc.committee_id = "
        ":c",
        {{"id", cadre_id}, {"c", me.committee_id}});
    if (!before) throw AppError::not_found();
    expect_version(before->i("version"), version);
    FieldErrors e;
    check_stay(e, f);
    e.throw_if_any(lang, labels());
    if (tx.exec(
            "UPDATE office_village_cadres SET role = :role, start_date = :start, end_date = :end, version "
            "= version + 1 WHERE id = :id AND version = :v",
            {{"role", f.role},
             {"start", f.start_date},
             {"end", f.end_date},
             {"id", cadre_id},
             {"v", version}}) == 0)
        throw AppError::conflict("stale_version");
    const int64_t village_id = before->i("village_id");
    const std::string staff = before->s("staff_name");
    audit::append(tx, actor, "office_village.cadre_updated", "office_village", std::to_string(village_id),
                  {{"before", stay_brief(cadre_id, staff, before->s("role"), before->s("start_date"),
                                         before->s("end_date"))},
                   {"after", stay_brief(cadre_id, staff, f.role, f.start_date, f.end_date)}});
    auto out = village_json(tx, me.committee_id, village_id);
    tx.commit();
    return out;
}

}  // namespace zhixie::office::villages
