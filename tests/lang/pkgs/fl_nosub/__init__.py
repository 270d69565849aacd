from . import nosub
