// Shared by the supervision use cases: checking the fields and the item as JSON.
#include "domains/consultation/supervision/supervision_record.hpp"

#include "core/clock.hpp"
#include "domains/office/common.hpp"

namespace zhixie::consultation {

storage::Params supervision_params(const SupervisionFields& f, FieldErrors& e) {
    check::one_of(e, "mode", f.mode, kModes);
    check::required(e, "subject", f.subject, 200);
    check::date(e, "started_on", f.started_on, true);
    office::max_chars(e, "description", f.description, 20000);
    office::max_chars(e, "findings", f.findings, 20000);
    if (!f.people.leaders.empty()) e.add("leaders", "field_invalid_choice", {{"value", "leaders"}});
    return {{"mode", f.mode},         {"subject", f.subject},       {"description", f.description},
            {"findings", f.findings}, {"started_on", f.started_on}, {"now", clock::now_iso()}};
}

nlohmann::json supervision_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(
        "SELECT id, mode, subject, description, findings, started_on, version, created_at, updated_at FROM "
        "supervision_items WHERE id = :id AND committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    auto o = r->json();
    o["mode_name"] = form_name(r->s("mode"));
    o["people"] = people_json(tx, committee_id, "supervision", id);
    o["entries"] = entries_json(tx, committee_id, "supervision", id);
    return o;
}

}  // namespace zhixie::consultation
