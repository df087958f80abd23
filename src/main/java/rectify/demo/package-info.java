/**
 * The demo data (profile {@code demo}): the seed report's inspection entered as recorded history, and a current
 * inspection walked through the real lifecycle into every status. It uses the other modules' APIs as a person
 * would; nothing depends on it, so the product runs the same without it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package rectify.demo;
