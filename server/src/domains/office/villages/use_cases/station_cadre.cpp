#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/villages/villages.hpp"

namespace zhixie::office::villages {

nlohmann::json station_cadre(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             int64_t village_id, const CadreFields& f) {
    auto tx = db.write();
    village_json(tx, me.committee_id, village_id);  // 404 first
    FieldErrors e;
    auto staff = find_staff(tx, me.committee_id, f.staff_id);
    if (!staff) e.add("staff_id", "field_unknown_ref", {{"value", f.staff_id}});
    check::required(e, "role", f.role, 50);
    bool dates = check::date(e, "start_date", f.start_date, true);
    dates = check::date(e, "end_date", f.end_date, false) && dates;
    if (dates && !f.end_date.empty() && f.end_date < f.start_date)
        e.add("end_date", "field_dates_out_of_order", {{"value", f.end_date}});
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
                  {{"after",
                    {{"cadre_id", id},
                     {"staff", staff->s("name")},
                     {"role", f.role},
                     {"start_date", f.start_date},
                     {"end_date", f.end_date}}}});
    auto out = village_json(tx, me.committee_id, village_id);
    tx.commit();
    return out;
}

}  // namespace zhixie::office::villages
