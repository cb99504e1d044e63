#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/villages/villages.hpp"

namespace zhixie::office::villages {

nlohmann::json record_progress(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, int64_t project_id, const ProgressFields& f) {
    auto tx = db.write();
    auto project = project_json(tx, me.committee_id, project_id);
    FieldErrors e;
    if (check::date(e, "on_date", f.on_date, true)) {
        const auto& entries = project["progress"];
        if (f.on_date < project["started_on"].get<std::string>())
            e.add("on_date", "field_dates_out_of_order", {{"value", f.on_date}});
        else if (!entries.empty() && f.on_date < entries.back()["on_date"].get<std::string>())
            e.add("on_date", "field_before_last_entry",
                  {{"value", f.on_date}, {"previous", entries.back()["on_date"]}});
    }
    if (!f.percent)
        e.add("percent", "field_required");
    else if (*f.percent < 0 || *f.percent > 100)
        e.add("percent", "field_out_of_range", {{"value", *f.percent}, {"min", 0}, {"max", 100}});
    max_chars(e, "note", f.note, 1000);
    e.throw_if_any(lang, labels());
    const std::string now = clock::now_iso();
    tx.insert(
        "INSERT INTO office_village_progress (committee_id, project_id, on_date, percent, note, created_by, "
        "created_at) VALUES (:c, :p, :d, :pct, :note, :by, :now) RETURNING id",
        {{"c", me.committee_id},
         {"p", project_id},
         {"d", f.on_date},
         {"pct", *f.percent},
         {"note", f.note},
         {"by", me.user_id},
         {"now", now}});
    const std::string status = project["status"];
    std::string next = *f.percent == 100 ? "completed" : status == "planned" ? "in_progress" : status;
    tx.exec(
        "UPDATE office_village_projects SET status = :s, version = version + 1, updated_at = :now WHERE id = "
        ":id",
        {{"s", next}, {"now", now}, {"id", project_id}});
    audit::append(tx, actor, "office_village.progress_recorded", "office_village_project",
                  std::to_string(project_id),
                  {{"after", {{"on_date", f.on_date}, {"percent", *f.percent}, {"status", next}}}});
    auto out = project_json(tx, me.committee_id, project_id);
    tx.commit();
    return out;
}

}  // namespace zhixie::office::villages
