#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "core/error.hpp"
#include "domains/meetings/internal.hpp"

namespace zhixie::meetings {

namespace {
nlohmann::json summary_of(const storage::Row& m) {
    return {{"kind", m.s("kind")},
            {"title", m.s("title")},
            {"starts_at", m.s("starts_at")},
            {"place", m.s("place")}};
}

// Party meetings need the Party-life permission as well.
void check_party(const auth::Principal& me, const std::string& kind) {
    if (is_party_kind(kind) && !me.has("party:life:manage")) throw AppError::forbidden();
}
}  // namespace

nlohmann::json create_meeting(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const MeetingFields& f, const InviteRules& invite) {
    check_party(me, f.kind);
    auto tx = db.write();
    auto p = meeting_params(tx, me.committee_id, lang, f);
    InviteRules rules = invite;
    if (rules.empty() && f.party_org_id) rules.party_org = true;  // a Party meeting: its organisation
    const std::string now = clock::now_iso();
    p.insert(p.end(), {{"c", me.committee_id},
                       {"rules", rules.json().dump()},
                       {"secret", crypto::random_token(32)},
                       {"by", me.user_id},
                       {"now", now}});
    const int64_t id = tx.insert(
        "INSERT INTO meetings (committee_id, kind, party_kind, party_org_id, body_id, title, agenda, place, "
        "starts_at, ends_at, signin_opens_at, signin_closes_at, topic, lecturers, minutes, invite_rules, "
        "qr_secret, created_by, created_at, updated_at) VALUES (:c, :kind, :party_kind, :party_org_id, "
        ":body_id, "
        ":title, :agenda, :place, :starts_at, :ends_at, :opens, :closes, :topic, :lecturers, :minutes, "
        ":rules, "
        ":secret, :by, :now, :now) RETURNING id",
        p);
    auto m = meeting_row(tx, me.committee_id, id);
    const int64_t invited = add_invitees(tx, m, rules);
    audit::append(tx, actor, "meeting.created", "meeting", std::to_string(id),
                  {{"after", summary_of(m)}, {"invited", invited}});
    tx.commit();
    return get_meeting(db, me, id);
}

nlohmann::json update_meeting(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, int64_t id, int64_t version, const MeetingFields& f) {
    auto tx = db.write();
    auto before = live_meeting_row(tx, me.committee_id, id);
    check_party(me, before.s("kind"));
    check_party(me, f.kind);
    if (before.i("version") != version) throw AppError::conflict("stale_version");
    auto p = meeting_params(tx, me.committee_id, lang, f);
    p.insert(p.end(), {{"id", id}, {"v", version}, {"now", clock::now_iso()}});
    if (tx.exec(
            "UPDATE meetings SET kind = :kind, party_kind = :party_kind, party_org_id = :party_org_id, "
            "body_id = :body_id, title = :title, agenda = :agenda, place = :place, starts_at = :starts_at, "
            "ends_at = :ends_at, signin_opens_at = :opens, signin_closes_at = :closes, topic = :topic, "
            "lecturers = :lecturers, minutes = :minutes, version = version + 1, updated_at = :now WHERE id = "
            ":id AND version = :v",
            p) == 0)
        throw AppError::conflict("stale_version");
    auto after = meeting_row(tx, me.committee_id, id);
    // a changed title, date or kind is what the duty records say: write them again
    for (const auto& inv : tx.query("SELECT * FROM meeting_invitees WHERE meeting_id = :m", {{"m", id}}))
        sync_duty(tx, after, inv);
    audit::append(tx, actor, "meeting.updated", "meeting", std::to_string(id),
                  {{"before", summary_of(before)}, {"after", summary_of(after)}});
    tx.commit();
    return get_meeting(db, me, id);
}

nlohmann::json invite(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                      int64_t id, const InviteRules& rules) {
    auto tx = db.write();
    auto m = live_meeting_row(tx, me.committee_id, id);
    check_party(me, m.s("kind"));
    if (rules.empty()) {
        FieldErrors e;
        e.add("invite", "field_required");
        e.throw_if_any(lang, labels());
    }
    const int64_t added = add_invitees(tx, m, rules);
    for (const auto& inv : tx.query("SELECT * FROM meeting_invitees WHERE meeting_id = :m", {{"m", id}}))
        sync_duty(tx, m, inv);  // invited to a closed meeting: absent unless marked
    audit::append(tx, actor, "meeting.invited", "meeting", std::to_string(id),
                  {{"rules", rules.json()}, {"added", added}});
    tx.commit();
    return {{"added", added}};
}

}  // namespace zhixie::meetings
