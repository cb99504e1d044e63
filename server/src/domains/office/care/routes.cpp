#include "core/input.hpp"
#include "core/text.hpp"
#include "domains/office/care/care.hpp"
#include "domains/office/routes.hpp"

namespace zhixie::routes {

namespace {
namespace p = office_params;

std::vector<int64_t> ids_of(const std::string& list) {
    std::vector<int64_t> out;
    for (const auto& s : text::split(list, ','))
        if (!text::trim(s).empty()) {
            try {
                out.push_back(std::stoll(s));
            } catch (const std::exception&) {
                throw AppError::invalid_field("ids");
            }
        }
    return out;
}
}  // namespace

void office_care(http::Router& r, App& app) {
    using namespace office::care;
    r.add({"GET", "/api/v1/office/care/todo", "office:care:read"}, [&app](http::Context& c) {
        return http::Response::json(200, care_todo(*app.db, c.user(), p::month(c)));
    });
    r.add({"GET", "/api/v1/office/care/templates", "office:care:read"},
          [&app](http::Context& c) { return http::Response::json(200, list_templates(*app.db, c.user())); });
    r.add({"PUT", "/api/v1/office/care/templates", "office:care:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        TemplateFields t{p::str(b, "kind", 40), p::str(b, "title", 10000), p::str(b, "body", 10000),
                         input::opt_int(b, "version")};
        return http::Response::json(200, save_template(*app.db, c.user(), c.actor(), c.lang(), t));
    });
    r.add({"POST", "/api/v1/office/care/events", "office:care:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        NewEvent e{input::req_int(b, "staff_id"), p::str(b, "kind", 40), p::str(b, "event_date", 40),
                   p::str(b, "detail", 10000)};
        return http::Response::json(201, register_event(*app.db, c.user(), c.actor(), c.lang(), e));
    });
    r.add({"DELETE", "/api/v1/office/care/events/{id}", "office:care:manage", "office_care_event"},
          [&app](http::Context& c) {
              delete_event(*app.db, c.user(), c.actor(), c.id());
              return http::Response::no_content();
          });
    r.add({"GET", "/api/v1/office/care/letters", "office:care:read"}, [&app](http::Context& c) {
        std::optional<int> year;
        if (!c.query("year").empty()) year = p::year(c);
        return http::Response::json(200, list_letters(*app.db, c.user(), year, p::id(c, "staff_id")));
    });
    r.add({"POST", "/api/v1/office/care/letters", "office:care:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        LetterRequest l{input::opt_int(b, "event_id"), input::opt_int(b, "staff_id"),
                        input::opt_int(b, "year")};
        return http::Response::json(201, write_letter(*app.db, c.user(), c.actor(), c.lang(), l));
    });
    r.add({"POST", "/api/v1/office/care/letters/month", "office:care:manage"}, [&app](http::Context& c) {
        return http::Response::json(200, write_month_letters(*app.db, c.user(), c.actor(), c.lang(),
                                                             input::req_str(c.body(), "month", 40)));
    });
    r.add({"GET", "/api/v1/office/care/letters/print", "office:care:read"}, [&app](http::Context& c) {
        return http::Response::html(print_letters(*app.db, c.user(), ids_of(c.query("ids"))));
    });
    r.add({"GET", "/api/v1/office/care/letters/{id}", "office:care:read", "office_letter"},
          [&app](http::Context& c) {
              return http::Response::json(200, get_letter(*app.db, c.user(), c.id()));
          });
}

}  // namespace zhixie::routes
