#include <set>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "domains/meetings/internal.hpp"
#include "services/duty/duty_records.hpp"
#include "services/files/attachments.hpp"
#include "services/notify/notify.hpp"

namespace zhixie::meetings {

namespace {
// The users an invitation reached: invited users, and the accounts of invited members.
std::vector<int64_t> invited_users(storage::Tx& tx, int64_t committee_id, int64_t meeting_id) {
    std::set<int64_t> users;
    std::vector<int64_t> members;
    for (const auto& r : tx.query("SELECT member_id, user_id FROM meeting_invitees WHERE meeting_id = :m",
                                  {{"m", meeting_id}})) {
        if (auto u = r.opt_i("user_id")) users.insert(*u);
        if (auto m = r.opt_i("member_id")) members.push_back(*m);
    }
    for (int64_t u : notify::users_of_members(tx, committee_id, members))
        users.insert(u);
    return {users.begin(), users.end()};
}

// The speeches' duty records (their source is the speech, not the meeting).
void retract_speeches(storage::Tx& tx, int64_t committee_id, int64_t meeting_id) {
    for (const auto& s :
         tx.query("SELECT id FROM meeting_speeches WHERE meeting_id = :m AND committee_id = :c",
                  {{"m", meeting_id}, {"c", committee_id}}))
        duty::retract_source(tx, committee_id, "meeting_speech", s.i("id"));
}

void check_version(const storage::Row& m, int64_t version) {
    if (m.i("version") != version) throw AppError::conflict("stale_version");
}
}  // namespace

nlohmann::json cancel_meeting(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, int64_t id, int64_t version, const std::string& reason) {
    auto tx = db.write();
    auto m = live_meeting_row(tx, me.committee_id, id);
    if (is_party_kind(m.s("kind")) && !me.has("party:life:manage")) throw AppError::forbidden();
    FieldErrors e;
    check::required(e, "cancel_reason", reason, 500);
    e.throw_if_any(lang, labels());
    check_version(m, version);
    if (m.s("status") == "closed") throw AppError::conflict("meeting_closed");
    tx.exec(
        "UPDATE meetings SET cancelled_at = :now, cancel_reason = :r, cancelled_by = :by, version = version "
        "+ "
        "1, updated_at = :now WHERE id = :id AND committee_id = :c",
        {{"now", clock::now_iso()}, {"r", reason}, {"by", me.user_id}, {"id", id}, {"c", me.committee_id}});
    const int64_t retracted = duty::retract_source(tx, me.committee_id, "meeting", id);
    retract_speeches(tx, me.committee_id, id);
    const auto users = invited_users(tx, me.committee_id, id);
    notify::send(tx,
                 {me.committee_id, "meeting_cancelled", "会议取消：" + m.s("title"),
                  "原定 " + cst_text(m.s("starts_at")) + " " + m.s("place") + "。取消原因：" + reason,
                  "/meetings/my/" + std::to_string(id), "meeting_cancelled:" + std::to_string(id)},
                 users);
    audit::append(tx, actor, "meeting.cancelled", "meeting", std::to_string(id),
                  {{"title", m.s("title")},
                   {"reason", reason},
                   {"told", users.size()},
                   {"duty_records_retracted", retracted}});
    tx.commit();
    return get_meeting(db, me, id);
}

void delete_meeting(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t id,
                    std::optional<int64_t> version) {
    auto tx = db.write();
    auto m = meeting_row(tx, me.committee_id, id);
    if (is_party_kind(m.s("kind")) && !me.has("party:life:manage")) throw AppError::forbidden();
    if (!version) throw AppError::missing_field("version");
    check_version(m, *version);
    if (tx.one("SELECT id FROM meeting_invitees WHERE meeting_id = :m AND attendance = 'present'",
               {{"m", id}}))
        throw AppError::conflict("meeting_has_sign_ins");
    if (tx.one("SELECT id FROM meeting_speeches WHERE meeting_id = :m", {{"m", id}}))
        throw AppError::conflict("meeting_has_speeches");
    duty::retract_source(tx, me.committee_id, "meeting", id);  // leave or absences once written
    const files::Owner owner{me.committee_id, "meeting", id};
    for (const auto& f : files::list(tx, owner))
        files::remove(tx, owner, f["id"].get<int64_t>());
    const int64_t invited = static_cast<int64_t>(
        tx.query("SELECT id FROM meeting_invitees WHERE meeting_id = :m", {{"m", id}}).size());
    tx.exec("DELETE FROM meeting_invitees WHERE meeting_id = :m", {{"m", id}});
    tx.exec("DELETE FROM meetings WHERE id = :id AND committee_id = :c",
            {{"id", id}, {"c", me.committee_id}});
    audit::append(tx, actor, "meeting.deleted", "meeting", std::to_string(id),
                  {{"title", m.s("title")}, {"starts_at", m.s("starts_at")}, {"invited", invited}});
    tx.commit();
}

}  // namespace zhixie::meetings
