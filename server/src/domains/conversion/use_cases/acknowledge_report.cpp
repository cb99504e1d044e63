#include "core/clock.hpp"
#include "domains/conversion/conversion.hpp"

namespace zhixie::conversion {

void acknowledge_report(storage::Tx& tx, const Caller& who, const audit::Actor& actor, Lang, int64_t id,
                        std::optional<int64_t> assignment_id) {
    const Report r = visible(tx, who, id);
    const auto a = acting_assignment(tx, who, id, assignment_id,
                                     [](const storage::Row& x) { return x.is_null("acknowledged_at"); });
    if (!a.is_null("acknowledged_at"))
        throw AppError::conflict("already_acknowledged", {{"at", a.s("acknowledged_at")}});
    fire(tx, who, actor, r, "acknowledge", std::nullopt, assignee_name(a));
    tx.exec("UPDATE conversion_assignments SET acknowledged_at = :now, acknowledged_by = :by WHERE id = :id",
            {{"now", clock::now_iso()},
             {"by", who.me.user_id ? storage::Value(who.me.user_id) : storage::Value{}},
             {"id", a.i("id")}});
    record(tx, actor, "acknowledged", id, {{"assignment", a.i("id")}, {"assignee", assignee_name(a)}});
}

}  // namespace zhixie::conversion
