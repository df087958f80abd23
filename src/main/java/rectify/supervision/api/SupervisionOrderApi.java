package rectify.supervision.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import rectify.org.BusinessRoles;
import rectify.shared.PageResult;
import rectify.supervision.SupervisionOrder;
import rectify.supervision.SupervisionOrders;

/** 督办单: issued by the inspection office, answered by the unit. */
@RestController
@RequestMapping("/api/v1/supervision-orders")
@BusinessRoles
class SupervisionOrderApi {

    private final SupervisionOrders orders;

    SupervisionOrderApi(SupervisionOrders orders) {
        this.orders = orders;
    }

    record IssueRequest(Long unitId, List<Long> problemIds, String content, LocalDate replyBy,
                        SupervisionOrder.Urgency urgency) {
    }

    record ReplyRequest(String content, Long version) {
    }

    @GetMapping
    PageResult<SupervisionOrder> list(@RequestParam(required = false) SupervisionOrder.Status status,
                                      @RequestParam(required = false) Long unitId,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        return orders.find(status, unitId, page, size);
    }

    @GetMapping("/{id}")
    SupervisionOrder get(@PathVariable long id) {
        return orders.get(id);
    }

    @PostMapping
    ResponseEntity<SupervisionOrder> issue(@RequestBody IssueRequest request) {
        SupervisionOrder order = orders.issue(new SupervisionOrders.Draft(request.unitId(), request.problemIds(),
                request.content(), request.replyBy(), request.urgency()));
        return ResponseEntity.created(java.net.URI.create("/api/v1/supervision-orders/" + order.id())).body(order);
    }

    @PostMapping("/{id}/reply")
    SupervisionOrder reply(@PathVariable long id, @RequestBody ReplyRequest request) {
        return orders.reply(id, request.content(), request.version());
    }
}
