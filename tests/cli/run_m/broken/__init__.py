# a package whose own import fails: a traceback, not "No module named"
import no_such_dependency
