#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/field_errors.hpp"
#include "domains/duty/duty.hpp"
#include "domains/duty/internal.hpp"
#include "domains/office/common.hpp"
#include "services/duty/duty_records.hpp"

namespace zhixie::duty {

// Staff confirm a member's report (its duty record counts from now) or reject it, saying why.
nlohmann::json decide_report(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             int64_t id, bool approve, const std::string& reason,
                             std::optional<int64_t> version) {
    auto tx = db.write();
    auto r = tx.one(
        "SELECT id, member_id, kind, occurred_on, title, status, version FROM duty_reports WHERE id = :id "
        "AND "
        "committee_id = :c",
        {{"id", id}, {"c", me.committee_id}});
    if (!r) throw AppError::not_found();
    if (!approve) {
        FieldErrors e;
        check::required(e, "reason", reason, 500);
        e.throw_if_any(lang, {{"reason", {"不予确认的理由", "Reason for rejecting"}}});
    }
    if (r->s("status") != "pending") throw AppError::conflict("request_already_decided");
    if (version) office::expect_version(r->i("version"), *version);
    const std::string status = approve ? "confirmed" : "rejected";
    const std::string now = clock::now_iso();
    tx.exec(
        "UPDATE duty_reports SET status = :s, reason = :reason, reviewed_by = :by, reviewed_at = :now, "
        "version = "
        "version + 1, updated_at = :now WHERE id = :id",
        {{"s", status},
         {"reason", approve ? std::string() : reason},
         {"by", me.user_id},
         {"now", now},
         {"id", id}});
    const std::string kind = r->s("kind");
    Record rec;
    rec.committee_id = me.committee_id;
    rec.member_id = r->i("member_id");
    rec.kind = kind;
    rec.source_type = "self_report";
    rec.source_id = id;
    rec.occurred_on = r->s("occurred_on");
    rec.title = r->s("title");
    rec.status = status;
    rec.detail = {{"report", id}};
    record(tx, rec);
    audit::append(tx, actor, approve ? "duty.report_confirmed" : "duty.report_rejected", "duty_report",
                  std::to_string(id), {{"member", r->i("member_id")}, {"reason", reason}});
    auto out =
        tx.one(
              "SELECT id, member_id, kind, occurred_on, title, description, status, reason, reviewed_at, "
              "version FROM duty_reports WHERE id = :id",
              {{"id", id}})
            ->json();
    out["kind_name"] = kind_name(kind, lang);
    out["status_name"] = status_name(status);
    tx.commit();
    return out;
}

}  // namespace zhixie::duty
