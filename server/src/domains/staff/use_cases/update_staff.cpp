#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/org/org.hpp"
#include "domains/staff/internal.hpp"

namespace zhixie::staff {

nlohmann::json update_staff(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            int64_t id, int64_t version, const Fields& f) {
    auto tx = db.write();
    const Record before = load_record(tx, me.committee_id, id);  // 404 for other committees
    org::check_version(person_json(tx, me.committee_id, id), version);
    Record r = apply(f, before);
    check_for_write(tx, me.committee_id, r, before, id, lang);
    org::Changes changes;
    for (auto& [column, value] : record_params(r))
        changes.emplace_back(column, value);
    changes.emplace_back("updated_at", clock::now_iso());
    org::update_versioned(tx, "staff", me.committee_id, id, version, changes);
    audit::append(tx, actor, "staff.updated", "staff", std::to_string(id),
                  {{"before", audit_view(before)}, {"after", audit_view(r)}});
    auto out = person_json(tx, me.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::staff
