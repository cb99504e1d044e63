#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/field_errors.hpp"
#include "domains/duty/duty.hpp"
#include "domains/duty/internal.hpp"
#include "domains/duty/notices.hpp"
#include "services/notify/notify.hpp"

namespace zhixie::duty {

// Staff withdraw a notice (issued in error, or the member's situation changed), saying why.
nlohmann::json withdraw_notice(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, int64_t id, const std::string& reason, int64_t version) {
    FieldErrors e;
    check::required(e, "reason", reason, 500);
    e.throw_if_any(lang, {{"reason", {"撤回理由", "Reason for withdrawing"}}});
    auto tx = db.write();
    const auto n = notice_for_change(tx, me.committee_id, id, version);
    const std::string now = clock::now_iso();
    tx.exec(
        "UPDATE duty_notices SET status = 'withdrawn', withdrawn_reason = :r, withdrawn_by = :u, "
        "withdrawn_at = :now, version = version + 1, updated_at = :now WHERE id = :id",
        {{"r", reason}, {"u", me.user_id}, {"now", now}, {"id", id}});
    // the member was told of the notice, so they are told it no longer stands
    notify::send(tx,
                 {me.committee_id, "duty_notice_withdrawn", notice_kind_name(n.s("kind")) + "已撤回",
                  "撤回理由：" + reason, "/duty/mine", "duty_notice_withdrawn:" + std::to_string(id)},
                 notify::users_of_members(tx, me.committee_id, {n.i("member_id")}));
    audit::append(tx, actor, "duty.notice_withdrawn", "duty_notice", std::to_string(id),
                  {{"member", n.i("member_id")}, {"kind", n.s("kind")}, {"reason", reason}});
    auto out = notice_json(*tx.one(std::string(kNoticeSelect) + " WHERE n.id = :id", {{"id", id}}));
    tx.commit();
    return out;
}

}  // namespace zhixie::duty
