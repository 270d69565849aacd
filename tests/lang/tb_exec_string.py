# An uncaught exception inside exec'd source: the frame is named "<string>" and has no source line
source = """
def helper(n):
    return 10 // n

result = helper(0)
"""
exec(source)
