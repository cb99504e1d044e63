#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "core/error.hpp"
#include "domains/meetings/internal.hpp"

namespace zhixie::meetings {

nlohmann::json calendar_link(storage::Db& db, const auth::Principal& me) {
    auto tx = db.write();
    auto r = tx.one("SELECT token FROM meeting_calendar_tokens WHERE user_id = :u", {{"u", me.user_id}});
    std::string token;
    if (r) {
        token = r->s("token");
    } else {
        token = crypto::random_token(24);
        tx.exec("INSERT INTO meeting_calendar_tokens (user_id, committee_id, token) VALUES (:u, :c, :t)",
                {{"u", me.user_id}, {"c", me.committee_id}, {"t", token}});
    }
    tx.commit();
    return {{"token", token}, {"path", "/api/v1/calendar.ics?token=" + token}};
}

std::string calendar_feed(storage::Db& db, const std::string& token) {
    auto tx = db.read();
    auto owner = token.empty()
                     ? std::nullopt
                     : tx.one(
                           "SELECT t.user_id, t.committee_id, c.name FROM meeting_calendar_tokens t "
                           "JOIN committees c ON c.id = t.committee_id WHERE t.token = :t",
                           {{"t", token}});
    if (!owner) throw AppError::not_found();
    const std::string stamp = ical_time(clock::now_iso());
    std::string out;
    auto line = [&out](const std::string& l) { out += ical_fold(l) + "\r\n"; };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Zhixie//Meetings//ZH");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("X-WR-CALNAME:" + ical_escape(owner->s("name") + " 会议活动"));
    line("X-WR-TIMEZONE:Asia/Shanghai");
    for (const auto& m : tx.query(
             "SELECT m.id, m.title, m.place, m.agenda, m.starts_at, m.ends_at, m.updated_at, m.cancelled_at "
             "FROM "
             "meetings m "
             "JOIN "
             "meeting_invitees i ON i.meeting_id = m.id WHERE m.committee_id = :c AND (i.user_id = :u OR "
             "i.member_id IN (SELECT id FROM members WHERE user_id = :u AND committee_id = :c)) ORDER BY "
             "m.starts_at",
             {{"c", owner->i("committee_id")}, {"u", owner->i("user_id")}})) {
        line("BEGIN:VEVENT");
        line("UID:meeting-" + std::to_string(m.i("id")) + "@zhixie");
        line("DTSTAMP:" + stamp);
        line("LAST-MODIFIED:" + ical_time(m.s("updated_at")));
        line("DTSTART:" + ical_time(m.s("starts_at")));
        line("DTEND:" + ical_time(m.s("ends_at")));
        line("SUMMARY:" + ical_escape(m.s("title")));
        if (!m.s("place").empty()) line("LOCATION:" + ical_escape(m.s("place")));
        if (!m.s("agenda").empty()) line("DESCRIPTION:" + ical_escape(m.s("agenda")));
        // a cancelled meeting stays in the feed, marked, so subscribed calendars take it off
        if (m.opt_s("cancelled_at")) line("STATUS:CANCELLED");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

}  // namespace zhixie::meetings
