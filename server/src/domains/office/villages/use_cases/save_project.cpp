#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/villages/villages.hpp"

namespace zhixie::office::villages {

namespace {
constexpr int64_t kMaxFen = 100'000'000'000;

storage::Params checked(Lang lang, const ProjectFields& f) {
    FieldErrors e;
    check::required(e, "name", f.name, 100);
    check::one_of(e, "kind", f.kind, kProjectKinds);
    check::date(e, "started_on", f.started_on, true);
    const std::string status = f.status.empty() ? "planned" : f.status;
    check::one_of(e, "status", status, kProjectStatuses);
    const int64_t budget = f.budget_fen.value_or(0);
    if (budget < 0 || budget > kMaxFen)
        e.add("budget_fen", "field_out_of_range", {{"value", budget}, {"min", 0}, {"max", kMaxFen}});
    max_chars(e, "note", f.note, 2000);
    e.throw_if_any(lang, labels());
    return {{"name", f.name},          {"kind", f.kind},   {"budget", budget},
            {"started", f.started_on}, {"status", status}, {"note", f.note}};
}

nlohmann::json summary_of(const nlohmann::json& p) {
    nlohmann::json s = nlohmann::json::object();
    for (const char* k : {"name", "kind", "budget_fen", "started_on", "status", "note"})
        s[k] = p[k];
    return s;
}
}  // namespace

nlohmann::json create_project(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, int64_t village_id, const ProjectFields& f) {
    auto tx = db.write();
    village_json(tx, me.committee_id, village_id);  // 404 first
    auto p = checked(lang, f);
    p.insert(p.end(), {{"c", me.committee_id}, {"v", village_id}, {"now", clock::now_iso()}});
    int64_t id = tx.insert(
        "INSERT INTO office_village_projects (committee_id, village_id, name, kind, budget_fen, started_on, "
        "status, note, created_at, updated_at) VALUES (:c, :v, :name, :kind, :budget, :started, :status, "
        ":note, "
        ":now, :now) RETURNING id",
        p);
    auto out = project_json(tx, me.committee_id, id);
    audit::append(tx, actor, "office_village.project_created", "office_village_project", std::to_string(id),
                  {{"village_id", village_id}, {"after", summary_of(out)}});
    tx.commit();
    return out;
}

nlohmann::json update_project(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, int64_t project_id, int64_t version, const ProjectFields& f) {
    auto tx = db.write();
    auto before = project_json(tx, me.committee_id, project_id);
    expect_version(before["version"].get<int64_t>(), version);
    auto p = checked(lang, f);
    p.insert(p.end(), {{"id", project_id}, {"ver", version}, {"now", clock::now_iso()}});
    if (tx.exec(
            "UPDATE office_village_projects SET name = :name, kind = :kind, budget_fen = :budget, started_on "
            "= "
            ":started, status = :status, note = :note, version = version + 1, updated_at = :now WHERE id = "
            ":id AND version = :ver",
            p) == 0)
        throw AppError::conflict("stale_version");
    auto after = project_json(tx, me.committee_id, project_id);
    audit::append(tx, actor, "office_village.project_updated", "office_village_project",
                  std::to_string(project_id), {{"before", summary_of(before)}, {"after", summary_of(after)}});
    tx.commit();
    return after;
}

}  // namespace zhixie::office::villages
