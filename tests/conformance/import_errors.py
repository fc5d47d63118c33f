try:
    import no_such_module_here
except ImportError as e:
    print("ImportError", type(e).__name__)
try:
    from shapes import missing_name
except ImportError as e:
    print("ImportError", e)
import shapes
shapes.fail()
